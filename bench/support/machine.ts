import { readFileSync } from 'node:fs';
import os from 'node:os';

export type TMachine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  loadAverage: string;
};

/** What the numbers were measured on; printed before any result. */
export function describeMachine(): TMachine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osName()} (${os.type()} ${os.release()} ${os.arch()})`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(release)?.[1] ?? os.platform();
  } catch {
    return os.platform();
  }
}

export function printMachine(machine: TMachine): void {
  console.log('Machine');
  console.log(`  CPU       ${machine.cpu}`);
  console.log(`  cores     ${machine.cores}`);
  console.log(`  memory    ${machine.memoryGiB} GiB`);
  console.log(`  Node.js   ${machine.node}`);
  console.log(`  OS        ${machine.os}`);
  console.log(`  load avg  ${machine.loadAverage} (1, 5, 15 min, before the run)`);
}
