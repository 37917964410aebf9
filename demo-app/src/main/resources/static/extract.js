// Typed answers: extract an invoice from free text (POST /api/extract) and show it as a table.
(() => {
	const sample = 'Hi, this is invoice number: INV-2041, customer: Acme Tools GmbH, date: 2026-03-14, in EUR. '
		+ 'description: Cordless drill, quantity: 2, unitPrice: 89.90. total: 179.80. notes: pay within 30 days.';
	const section = document.createElement('section');
	section.innerHTML = '<h2>Typed answer: extract an invoice</h2>'
		+ '<label for="extractText">Free text</label>'
		+ '<textarea id="extractText" rows="4"></textarea>'
		+ '<div class="row"><button id="extract">Extract as Invoice</button></div>'
		+ '<div id="extractProblem"></div><table id="invoice"></table><table id="invoiceLines"></table>';
	const column = document.querySelectorAll('main .right');
	(column.length ? column[column.length - 1] : document.body).appendChild(section);
	const text = section.querySelector('#extractText');
	text.value = sample;
	const cell = (row, value, tag) => {
		const element = document.createElement(tag || 'td');
		element.textContent = (value === null || value === undefined) ? '' : String(value);
		row.appendChild(element);
	};
	const show = (invoice) => {
		const table = section.querySelector('#invoice');
		table.innerHTML = '';
		for (const key of ['number', 'customer', 'date', 'currency', 'total', 'notes']) {
			const row = table.insertRow();
			cell(row, key, 'th');
			cell(row, invoice[key]);
		}
		const lines = section.querySelector('#invoiceLines');
		lines.innerHTML = '';
		const head = lines.insertRow();
		['description', 'quantity', 'unitPrice'].forEach((key) => cell(head, key, 'th'));
		for (const line of invoice.lines || []) {
			const row = lines.insertRow();
			['description', 'quantity', 'unitPrice'].forEach((key) => cell(row, line[key]));
		}
	};
	section.querySelector('#extract').addEventListener('click', async () => {
		const problem = section.querySelector('#extractProblem');
		problem.textContent = '';
		const provider = document.getElementById('provider');
		const response = await fetch('/api/extract', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ provider: provider ? provider.value : undefined, text: text.value })
		});
		const body = await response.json();
		if (!response.ok) {
			problem.textContent = body.detail || body.title || ('HTTP ' + response.status);
			return;
		}
		show(body.invoice);
	});
})();
