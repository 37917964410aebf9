// Attach images or PDFs to the message and ask the selected provider about them (POST /api/chat/attachments).
// Loaded by index.html, which only provides the empty <div id="attachments"> this script fills.
(function () {
	const MAX_FILE_BYTES = 10 * 1024 * 1024;
	const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';
	const $ = (id) => document.getElementById(id);
	const host = $('attachments');
	if (!host) {
		return;
	}

	function node(tag, props, text) {
		const element = Object.assign(document.createElement(tag), props || {});
		if (text !== undefined) {
			element.textContent = text;
		}
		return element;
	}

	const input = node('input', { type: 'file', id: 'attachmentFile', multiple: true, accept: ACCEPT });
	const ask = node('button', { id: 'askAttachment', className: 'secondary', type: 'button' }, 'Ask about the files');
	const info = node('div', { id: 'attachmentInfo' });
	info.style.fontSize = '12px';
	const row = node('div', { className: 'row' });
	row.appendChild(ask);
	host.append(node('label', { htmlFor: 'attachmentFile' }, 'Images or PDFs (optional, up to 4 of 10 MB)'),
		input, row, info);

	function describe() {
		const files = Array.from(input.files);
		info.textContent = files.map((file) => `${file.name} (${file.type || 'unknown type'}, ${file.size} bytes)`
			+ (file.size > MAX_FILE_BYTES ? ' — over 10 MB, the server will refuse it' : '')).join('; ');
	}

	function show(json, ok) {
		$('reasoning').textContent = '';
		$('events').replaceChildren();
		if (!ok) {
			$('answer').textContent = '';
			$('usage').textContent = '';
			const lines = [`${json.status} ${json.title || ''}`, json.detail || ''];
			for (const key of ['field', 'provider']) {
				if (json[key] !== undefined && json[key] !== null) {
					lines.push(`${key}: ${json[key]}`);
				}
			}
			$('problem').textContent = lines.join('\n');
			return;
		}
		const usage = json.usage || {};
		$('problem').textContent = '';
		$('answer').textContent = json.text;
		$('usage').textContent = `${json.provider} · ${json.model} · finish ${json.finishReason}`
			+ ` · tokens in ${usage.inputTokens ?? '?'} / out ${usage.outputTokens ?? '?'}`;
	}

	async function send() {
		const files = Array.from(input.files);
		if (files.length === 0) {
			show({ status: 400, title: 'Invalid request', detail: 'Choose an image or a PDF first.', field: 'file' }, false);
			return;
		}
		const form = new FormData();
		form.append('provider', $('provider').value);
		form.append('message', $('message').value);
		if ($('system') && $('system').value.trim()) {
			form.append('system', $('system').value);
		}
		files.forEach((file) => form.append('file', file, file.name));
		ask.disabled = true;
		try {
			const response = await fetch('/api/chat/attachments', { method: 'POST', body: form });
			let json;
			try {
				json = await response.json();
			}
			catch (e) {
				json = { status: response.status, title: response.statusText, detail: 'The server answered without JSON.' };
			}
			show(json, response.ok);
		}
		catch (e) {
			show({ status: 0, title: 'Network error', detail: String(e) }, false);
		}
		finally {
			ask.disabled = false;
		}
	}

	input.addEventListener('change', describe);
	ask.addEventListener('click', send);
})();
