// The failover route panel: each member of every route with its circuit-breaker state (from
// /actuator/health), a switch that makes a simulated member fail (POST/DELETE /api/outages), and a button that
// asks the route and shows which member answered. Kept apart from index.html, which only hosts the section.
(() => {
	const panel = document.getElementById('resilience');
	const stateClass = { CLOSED: 'live', HALF_OPEN: 'simulated', OPEN: 'open', NONE: '' };

	async function json(url, options) {
		const response = await fetch(url, options);
		return { ok: response.ok, body: await response.json().catch(() => ({})) };
	}

	function routesFrom(health) {
		const clients = (((health.components || {}).llm || {}).components) || {};
		return Object.entries(clients).filter(([, c]) => c.details && c.details.members);
	}

	async function render() {
		const health = (await json('/actuator/health')).body;
		const outages = new Set((await json('/api/outages')).body.outages || []);
		const providers = (await json('/api/providers')).body;
		const typeOf = Object.fromEntries(providers.map((p) => [p.name, p.type]));
		const routes = routesFrom(health);
		panel.hidden = routes.length === 0;
		panel.replaceChildren();
		const title = document.createElement('h2');
		title.textContent = 'Failover routes and circuit breakers';
		panel.append(title);
		for (const [name, route] of routes) {
			const heading = document.createElement('p');
			heading.textContent = `${name}: ${route.status}` + (route.details.answering
				? `, answering through ${route.details.answering}` : '');
			panel.append(heading);
			const table = document.createElement('table');
			table.innerHTML = '<thead><tr><th>member</th><th>breaker</th><th>simulated outage</th></tr></thead>';
			const body = document.createElement('tbody');
			for (const [member, state] of Object.entries(route.details.members)) {
				const row = document.createElement('tr');
				const failing = outages.has(typeOf[member]);
				row.innerHTML = `<td>${member}</td><td><span class="badge ${stateClass[state] || ''}">${state}</span></td>`;
				const cell = document.createElement('td');
				const toggle = document.createElement('button');
				toggle.className = 'secondary';
				toggle.textContent = failing ? 'heal' : 'make it fail';
				toggle.onclick = () => setOutage(member, !failing);
				cell.append(toggle);
				row.append(cell);
				body.append(row);
			}
			table.append(body);
			panel.append(table);
			const ask = document.createElement('button');
			ask.textContent = `Ask ${name}`;
			const result = document.createElement('span');
			ask.onclick = async () => {
				const reply = await json('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ provider: name, message: 'Hello from the failover panel' }) });
				result.textContent = reply.ok ? ` answered by ${reply.body.answeredBy}: ${reply.body.text}`
					: ` ${reply.body.detail || 'failed'}`;
				render();
			};
			const row = document.createElement('div');
			row.className = 'row';
			row.append(ask, result);
			panel.append(row);
		}
	}

	async function setOutage(member, failing) {
		const reply = failing
			? await json('/api/outages', { method: 'POST', headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ provider: member }) })
			: await json('/api/outages/' + encodeURIComponent(member), { method: 'DELETE' });
		if (!reply.ok) {
			alert(reply.body.detail || 'The outage could not be changed');
		}
		render();
	}

	render();
	setInterval(render, 3000);
})();
