/**
 * Bench rows for PowerShell inside answer files: the tokenizer
 * (model/powershell.ts) on a megabyte of ordinary script and on pathological
 * megabytes (nested openers, unclosed subexpressions in strings, quotes), and
 * the reading of powershell.exe command lines as answer files hold them.
 * In-process, median of several runs; no assertion (tests count, benches time).
 */
import { performance } from 'node:perf_hooks';
import { tokenizePowerShell } from '../server/src/model/powershell';
import { powerShellInvocation } from '../server/src/services/powershellCommand';
import { median, ms, row } from './report';

function time(runs: number, work: () => void): number {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		work();
		samples.push(performance.now() - started);
	}
	return median(samples);
}

export function powershellBench(quick: boolean): void {
	process.stderr.write('PowerShell: tokenizer and command-line reading\n');
	const runs = quick ? 3 : 7;
	const line = `$x = @{ Name = "a $($env:USERNAME)"; Path = 'C:\\Program Files\\x' }; Get-ChildItem -Path $x.Path | Where-Object { $_.Length -gt 1kb } # note\n`;
	const ordinary = line.repeat(Math.ceil(1_048_576 / line.length));
	const inputs: [string, string][] = [
		['1 MB of ordinary script', ordinary],
		["1 MB of '('", '('.repeat(1_048_576)],
		['1 MB of "$( in strings', '"$('.repeat(349_525)],
		["1 MB of '", "'".repeat(1_048_576)],
	];
	for (const [name, text] of inputs) {
		const elapsed = time(runs, () => tokenizePowerShell(text));
		row({ group: 'powershell', metric: `tokenize ${name} (median of ${runs})`, reseal: ms(elapsed), target: 'linear', status: 'info' });
	}
	const commands = [
		'powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "Get-AppxPackage *Xbox* | Remove-AppxPackage; Set-ItemProperty -Path \'HKLM:\\SOFTWARE\\x\' -Name y -Value 1"',
		'cmd /c powershell -File A:\\setup.ps1 -Verbose',
		`powershell -enc ${Buffer.from("Write-Host 'hello'", 'utf16le').toString('base64')}`,
	];
	const count = 10_000;
	const elapsed = time(runs, () => {
		for (let i = 0; i < count; i++) powerShellInvocation(commands[i % commands.length]);
	});
	row({ group: 'powershell', metric: `read ${count} powershell.exe command lines (median of ${runs})`, reseal: `${ms(elapsed)} (${((elapsed * 1000) / count).toFixed(1)} µs each)`, status: 'info' });
}
