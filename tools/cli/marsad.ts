/**
 * bin/marsad — the developer's command line.
 *
 *   marsad publish FILE…            raw articles (JSON object or array, .html, .txt) → articles.raw.v1
 *   marsad enrich [FILE|-]          print the enriched JSON of one article, without Kafka
 *   marsad eval-ner FILE            score entity extraction on a CoNLL file (JSON)
 *   marsad eval-events [GOLD…]      score event extraction on the hand-made gold (test/gold/events)
 *   marsad watch                    print live alerts (server-sent events from the notifier)
 *   marsad webhook-sink             receive webhooks, check signatures, print alerts
 *
 * Reads MARSAD_KAFKA_BROKERS, MARSAD_NOTIFIER_URL, MARSAD_API_KEY, MARSAD_WEBHOOK_SECRET.
 */
import { publish } from './publish.command.js';
import { enrich } from './enrich.command.js';
import { evalEvents } from './eval-events.command.js';
import { evalNer } from './eval-ner.command.js';
import { watch } from './watch.command.js';
import { webhookSink } from './webhook-sink.command.js';

const USAGE = `usage: marsad publish FILE… | enrich [FILE|-] [--kb-only] | eval-ner FILE [--kb-only] [--by-source] | eval-events [GOLD…] [--kb-only] [--errors] | watch | webhook-sink [--port N]`;

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = {
  publish,
  enrich,
  'eval-ner': evalNer,
  'eval-events': evalEvents,
  watch,
  'webhook-sink': webhookSink,
};
const run = command === undefined ? undefined : commands[command];
if (run === undefined) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
try {
  await run(args);
} catch (error) {
  process.stderr.write(`marsad ${command}: ${(error as Error).message}\n`);
  process.exit(1);
}
