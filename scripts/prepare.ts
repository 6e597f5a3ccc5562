// Run before `npm run dev`: migrations, published questionnaires, and the demo unless SEED_DEMO=false.
import { startup } from "#app/server/operations/prepare.server";

const { database, dialect } = await startup();
console.log(`Database (${dialect}): ${database} is ready`);
process.exit(0);
