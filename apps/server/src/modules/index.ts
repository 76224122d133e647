import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app';

/** Every feature module's routes. Each module adds itself here with one line. */
export async function registerModules(app: FastifyInstance, ctx: AppContext) {
  void app;
  void ctx;
}
