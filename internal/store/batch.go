package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// batchRows is how many rows one INSERT carries. On PostgreSQL 25 rows cut
// a 50,000-material import from 5 s to under 1 s (fewer round trips); on
// SQLite they cost nothing, while 100 rows doubled its time.
const batchRows = 25

// batchInsert writes rows of one table many at a time, within a transaction.
// Call flush before anything that needs the rows to be there (a foreign key
// pointing at them) and before the transaction commits. The prepared
// statement closes with the transaction.
type batchInsert struct {
	tx      *sql.Tx
	table   string
	head    string // INSERT INTO table (columns) VALUES
	columns int
	rows    int
	args    []any
	full    *sql.Stmt // the statement for a full batch, prepared once
}

func newBatchInsert(tx *sql.Tx, table string, columns ...string) *batchInsert {
	return &batchInsert{
		tx:      tx,
		table:   table,
		head:    "INSERT INTO " + table + " (" + strings.Join(columns, ", ") + ") VALUES ",
		columns: len(columns),
		args:    make([]any, 0, batchRows*len(columns)),
	}
}

// add queues one row, writing the batch when it is full.
func (b *batchInsert) add(ctx context.Context, values ...any) error {
	if len(values) != b.columns {
		return fmt.Errorf("insert into %s: %d values for %d columns", b.table, len(values), b.columns)
	}
	b.args = append(b.args, values...)
	b.rows++
	if b.rows == batchRows {
		return b.flush(ctx)
	}
	return nil
}

// flush writes the queued rows.
func (b *batchInsert) flush(ctx context.Context) error {
	if b.rows == 0 {
		return nil
	}
	var err error
	if b.rows == batchRows {
		if b.full == nil {
			if b.full, err = b.tx.PrepareContext(ctx, b.statement(batchRows)); err != nil {
				return fmt.Errorf("insert into %s: prepare: %w", b.table, err)
			}
		}
		_, err = b.full.ExecContext(ctx, b.args...)
	} else {
		_, err = b.tx.ExecContext(ctx, b.statement(b.rows), b.args...)
	}
	if err != nil {
		return fmt.Errorf("insert %d rows into %s: %w", b.rows, b.table, err)
	}
	b.rows, b.args = 0, b.args[:0]
	return nil
}

// statement builds "INSERT ... VALUES ($1, $2), ($3, $4)" for rows rows.
func (b *batchInsert) statement(rows int) string {
	var sb strings.Builder
	sb.WriteString(b.head)
	n := 1
	for r := range rows {
		if r > 0 {
			sb.WriteString(", ")
		}
		sb.WriteByte('(')
		for c := range b.columns {
			if c > 0 {
				sb.WriteString(", ")
			}
			sb.WriteByte('$')
			sb.WriteString(strconv.Itoa(n))
			n++
		}
		sb.WriteByte(')')
	}
	return sb.String()
}
