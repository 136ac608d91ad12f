/**
 * CPU time a process has used so far (user + system, all its threads), from /proc/<pid>/stat
 * (Linux). Per load run it says where the CPU of a request goes — our server, the driver floor's
 * server, Neo4j — which the latency ratios cannot: on 2 cores every process's CPU becomes every
 * other one's wait, and a p50 ratio moves with whatever else ran in those seconds.
 */
import { readFileSync } from 'node:fs';

/** /proc reports times in USER_HZ ticks, which Linux fixes at 100 per second for user space. */
const MS_PER_TICK = 10;

/** Milliseconds of CPU used by `pid` since it started, or null where /proc cannot tell. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it start past its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the file: 12th and 13th after the name.
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}
