/**
 * Service layer: the Setup timeline (`unattendTimeline.ts`) as text, Markdown
 * and one self-contained HTML page with a drawing. The CLI prints these; the
 * VS Code view shows the HTML with links that jump to the file's lines.
 */
import type { Timeline, TimelineItem, TimelineStep } from './unattendTimeline';

function line(item: TimelineItem): number {
	return item.range.start.line + 1;
}

function itemText(item: TimelineItem): string {
	if (item.kind === 'component') return `component ${item.label}${item.runsAs ? ` (${item.runsAs})` : ''}`;
	if (item.kind === 'prompt') return `stops and asks: ${item.value ?? ''}`;
	if (item.kind === 'command') return `${item.label}${item.runsAs ? ` — as ${item.runsAs}` : ''}`;
	return `${item.component} ${item.label} = ${item.value === '' ? '(empty)' : item.value}`;
}

function stepHeading(step: TimelineStep, index: number): string {
	return `${index + 1}. ${step.label}${step.runs ? '' : ' — does not run'}`;
}

export function renderTimelineText(timeline: Timeline): string {
	const out: string[] = [];
	out.push(`Setup timeline of ${timeline.file}`);
	out.push(`Scenario: ${timeline.scenario.label} (${timeline.scenario.command}); ${timeline.scenario.chosenBy}.`);
	out.push(`Checked for: ${timeline.target}.`);
	for (const note of timeline.notes) out.push(`${note.level === 'warning' ? 'Warning' : 'Note'}: ${note.message}`);
	timeline.steps.forEach((step, index) => {
		out.push('');
		out.push(stepHeading(step, index));
		out.push(step.runs ? `   when: ${step.when}${step.as ? `; as ${step.as}` : ''}` : `   ${step.reason}`);
		for (const item of step.items) out.push(`   ${item.ignored ? '✗' : item.kind === 'command' ? '▶' : item.kind === 'prompt' ? '!' : '•'} line ${line(item)}: ${itemText(item)}${item.ignored && step.runs ? `\n       ignored: ${item.ignored}` : ''}`);
	});
	return `${out.join('\n')}\n`;
}

function md(text: string): string {
	return text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`);
}

export function renderTimelineMarkdown(timeline: Timeline): string {
	const out: string[] = [];
	out.push(`# Setup timeline of \`${timeline.file}\``);
	out.push('');
	out.push(`**Scenario:** ${md(timeline.scenario.label)} (\`${timeline.scenario.command}\`), ${md(timeline.scenario.chosenBy)}. **Checked for:** ${md(timeline.target)}.`);
	for (const note of timeline.notes) out.push('', `> **${note.level === 'warning' ? 'Warning' : 'Note'}:** ${md(note.message)}`);
	timeline.steps.forEach((step, index) => {
		out.push('', `## ${md(stepHeading(step, index))}`, '', step.runs ? `${md(step.when)}${step.as ? `; as ${md(step.as)}` : ''}.` : `_${md(step.reason ?? '')}_`, '');
		if (step.items.length === 0) out.push('Nothing in this file.');
		for (const item of step.items) out.push(`- ${item.ignored ? '~~' : ''}line ${line(item)}: ${md(itemText(item))}${item.ignored ? '~~' : ''}${item.ignored && step.runs ? ` — ignored: ${md(item.ignored)}` : ''}`);
	});
	return `${out.join('\n')}\n`;
}

function esc(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The drawing: one node per step on a line, filled where the step runs, with its item count. */
function drawing(timeline: Timeline): string {
	const width = 120;
	const count = timeline.steps.length;
	const total = count * width + 20;
	const nodes = timeline.steps
		.map((step, index) => {
			const x = 10 + index * width + width / 2;
			const used = step.items.filter((item) => !item.ignored).length;
			const ignored = step.items.length - used;
			return [
				`<a href="#step-${index}"><circle cx="${x}" cy="30" r="14" class="${step.runs ? 'runs' : 'skipped'}"/>`,
				`<text x="${x}" y="35" text-anchor="middle" class="count">${used}</text></a>`,
				`<text x="${x}" y="64" text-anchor="middle" class="label">${esc(step.label)}</text>`,
				ignored > 0 ? `<text x="${x}" y="80" text-anchor="middle" class="ignored">${ignored} ignored</text>` : '',
			].join('');
		})
		.join('');
	// Scrolls sideways in a narrow view rather than shrinking the labels out of reach.
	return `<div class="drawing"><svg role="img" aria-label="Configuration passes in order" viewBox="0 0 ${total} 90" width="${total}" height="90"><line x1="20" y1="30" x2="${total - 20}" y2="30" class="axis"/>${nodes}</svg></div>`;
}

const style = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 13px; color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); margin: 16px; }
h1 { font-size: 16px; } h2 { font-size: 14px; margin: 18px 0 4px; } h2.skipped { color: #8b8b8b; }
.meta { margin: 4px 0; } .drawing { overflow-x: auto; } .note { border-left: 3px solid #d29922; padding: 4px 8px; margin: 6px 0; } .note.information { border-color: #3b82f6; }
svg .axis { stroke: #8b8b8b; stroke-width: 2; } svg .runs { fill: #2f81f7; } svg .skipped { fill: #c8c8c8; }
svg .count { fill: #fff; font-size: 11px; font-weight: bold; } svg .label { font-size: 11px; fill: currentColor; } svg .ignored { font-size: 10px; fill: #cf222e; }
ul { margin: 2px 0 8px; padding-left: 20px; } li.ignored > .what { text-decoration: line-through; color: #8b8b8b; }
.why { color: #cf222e; font-size: 12px; } .as { color: #6e7781; font-size: 12px; } a.line { font-family: monospace; }
`;

/**
 * One self-contained page. `linkScript`, when given, is inline JavaScript the
 * host adds (the VS Code view posts the clicked line back to the editor);
 * `nonce` marks that script for the host's content security policy.
 */
export function renderTimelineHtml(
	timeline: Timeline,
	host?: { readonly linkScript: string; readonly nonce: string; readonly csp: string; readonly scenarios?: readonly string[]; readonly scenario?: string },
): string {
	const notes = timeline.notes.map((note) => `<div class="note ${note.level}">${esc(note.message)}</div>`).join('');
	const steps = timeline.steps
		.map((step, index) => {
			const items = step.items
				.map(
					(item) =>
						`<li class="${item.ignored ? 'ignored' : item.kind}"><a class="line" href="#" data-line="${item.range.start.line}">line ${line(item)}</a> <span class="what">${esc(itemText(item))}</span>${item.ignored && step.runs ? ` <span class="why">— ignored: ${esc(item.ignored)}</span>` : ''}</li>`,
				)
				.join('');
			const head = `<h2 id="step-${index}" class="${step.runs ? 'runs' : 'skipped'}">${esc(stepHeading(step, index))}</h2>`;
			const when = step.runs ? `<div class="as">${esc(step.when)}${step.as ? `; as ${esc(step.as)}` : ''}</div>` : `<div class="why">${esc(step.reason ?? '')}</div>`;
			return `${head}${when}${items ? `<ul>${items}</ul>` : '<div class="as">Nothing in this file.</div>'}`;
		})
		.join('');
	const csp = host ? `<meta http-equiv="Content-Security-Policy" content="${esc(host.csp)}">` : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;
	const script = host ? `<script nonce="${esc(host.nonce)}">${host.linkScript}</script>` : '';
	const picker = host?.scenarios
		? `<label>Scenario <select id="scenario">${host.scenarios.map((id) => `<option value="${esc(id)}"${id === host.scenario ? ' selected' : ''}>${esc(id)}</option>`).join('')}</select></label>`
		: '';
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp}<title>Setup timeline</title><style>${style}</style></head><body><h1>Setup timeline of ${esc(timeline.file)}</h1><div class="meta">Scenario: <b>${esc(timeline.scenario.label)}</b> (<code>${esc(timeline.scenario.command)}</code>), ${esc(timeline.scenario.chosenBy)}. Checked for ${esc(timeline.target)}. ${picker}</div>${notes}${drawing(timeline)}${steps}${script}</body></html>\n`;
}
