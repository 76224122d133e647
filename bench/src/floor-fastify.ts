/**
 * The database floor: bare Fastify answering one primary-key lookup from PostgreSQL with `pg`, no auth,
 * no validation, no ORM. What the app adds on top of this is what the ratio measures.
 * Env: DATABASE_URL, PORT. `GET /partnerships/:id` → the row as JSON (404 when absent), `GET /ready` → 200.
 */
import Fastify from 'fastify';
import pg from 'pg';

// The same pool size as the app's (openDatabase's default), so neither side has more connections.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {
  /* an idle connection dropped: the next query opens another */
});

const app = Fastify({ logger: false });

app.get('/ready', async () => {
  await pool.query('select 1');
  return { ok: true };
});

app.get<{ Params: { id: string } }>('/partnerships/:id', async (request, reply) => {
  // A named statement, prepared once per connection: the best a bare route can do, as the app's session lookup does.
  const { rows } = await pool.query({ name: 'floor_pk', text: 'select * from partnerships where id = $1', values: [request.params.id] });
  if (rows.length === 0) return reply.code(404).send({ code: 'NOT_FOUND' });
  return rows[0];
});

const shutdown = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

await app.listen({ port: Number(process.env.PORT ?? 4701), host: '127.0.0.1' });
