// The last GenAI spans of the demo (GET /api/traces?gen_ai=true): one row per chat, embeddings, invoke_agent and
// execute_tool span, children indented under their parent. Loaded by index.html; adds its own section.
(function () {
	const column = document.querySelector('main .right');
	if (!column) {
		return;
	}
	const section = document.createElement('section');
	const title = document.createElement('h2');
	title.textContent = 'Last GenAI spans';
	const refresh = Object.assign(document.createElement('button'), { className: 'secondary', type: 'button' });
	refresh.textContent = 'Refresh';
	const table = document.createElement('table');
	table.innerHTML = '<thead><tr><th>span</th><th>provider</th><th>ms</th><th>tokens in/out</th><th>error</th></tr>'
		+ '</thead><tbody></tbody>';
	const row = Object.assign(document.createElement('div'), { className: 'row' });
	row.appendChild(refresh);
	section.append(title, row, table);
	column.appendChild(section);

	function depth(span, byId) {
		let level = 0;
		for (let parent = byId[span.parentId]; parent && level < 5; parent = byId[parent.parentId]) {
			level++;
		}
		return level;
	}

	function cell(text) {
		const td = document.createElement('td');
		td.textContent = (text === undefined || text === null) ? '' : String(text);
		return td;
	}

	async function load() {
		const response = await fetch('/api/traces?gen_ai=true');
		if (!response.ok) {
			return;
		}
		const spans = (await response.json()).slice(0, 30);
		const byId = Object.fromEntries(spans.map((span) => [span.spanId, span]));
		const body = table.querySelector('tbody');
		body.replaceChildren(...spans.map((span) => {
			const tr = document.createElement('tr');
			const name = cell('\u00a0\u00a0'.repeat(depth(span, byId)) + span.name);
			name.title = 'trace ' + span.traceId;
			const tags = span.tags;
			const tokens = (tags['gen_ai.usage.input_tokens'] || tags['gen_ai.usage.output_tokens'])
				? (tags['gen_ai.usage.input_tokens'] || '?') + ' / ' + (tags['gen_ai.usage.output_tokens'] || '?') : '';
			tr.append(name, cell(tags['gen_ai.provider.name']), cell(span.durationMillis.toFixed(1)), cell(tokens),
				cell(tags['error.type']));
			return tr;
		}));
	}

	refresh.addEventListener('click', load);
	load();
})();
