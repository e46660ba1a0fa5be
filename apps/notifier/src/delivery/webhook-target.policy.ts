import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not point at unless the deployment allows it
 * (MARSAD_ALLOW_PRIVATE_WEBHOOKS, for development): loopback, private,
 * link-local (cloud metadata services), carrier-grade NAT, multicast and
 * unspecified. Without this, anyone with an API key could make the notifier
 * call services inside its network.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** Why a webhook URL may not be used, or undefined if it may. Checked at subscription time and before every delivery. */
export async function webhookTargetProblem(url: string, allowPrivate: boolean): Promise<string | undefined> {
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') return 'credentials in the webhook URL are not allowed; authenticate with the signature';
  if (allowPrivate) return undefined;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `the webhook host ${host} does not resolve`;
  }
  if (addresses.some(isPrivate)) return `the webhook host ${host} is a private, loopback or link-local address`;
  return undefined;
}
