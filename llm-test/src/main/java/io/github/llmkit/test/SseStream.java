package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one streamed answer, in order, with the points after which a scripted mid-stream error goes (after
 * the first content-bearing event, or just before it) and the error events the provider would send there.
 *
 * @param frames the events of the complete, healthy stream
 * @param errorAfter how many leading frames precede the mid-stream error
 * @param contentAfter how many leading frames precede the first content-bearing event
 * @param errorFrames the provider's mid-stream error events
 */
record SseStream(List<SseFrame> frames, int errorAfter, int contentAfter, List<SseFrame> errorFrames) {

	SseStream {
		frames = List.copyOf(frames);
		errorFrames = List.copyOf(errorFrames);
	}

	/**
	 * Apply the faults of a scripted reply: a mid-stream error replaces the tail, a malformed reply gets one broken
	 * data line after the first event, and a cut keeps only the first events (comments are not counted).
	 * @param script the scripted reply, or null
	 * @return the frames to send
	 */
	List<SseFrame> framesFor(MockReply script) {
		if (script == null) {
			return this.frames;
		}
		List<SseFrame> out = new ArrayList<>(this.frames);
		if (script.hasMidStreamError()) {
			int head = (script.errorFirst()) ? this.contentAfter : this.errorAfter;
			out = new ArrayList<>(this.frames.subList(0, Math.min(head, this.frames.size())));
			out.addAll(this.errorFrames);
		}
		if (script.broken()) {
			int first = firstEvent(out);
			out.add(first + 1, SseFrame.data("{\"id\":\"broken\",\"choices\":[{\"delta\":{\"content\":\"unterminated"));
		}
		if (script.cutAfter() >= 0) {
			out = cut(out, script.cutAfter());
		}
		return out;
	}

	boolean isCut(MockReply script) {
		return script != null && (script.cutAfter() >= 0 || script.hasMidStreamError());
	}

	private static int firstEvent(List<SseFrame> frames) {
		for (int i = 0; i < frames.size(); i++) {
			if (!frames.get(i).comment()) {
				return i;
			}
		}
		return -1;
	}

	private static List<SseFrame> cut(List<SseFrame> frames, int events) {
		List<SseFrame> out = new ArrayList<>();
		int sent = 0;
		for (SseFrame frame : frames) {
			if (!frame.comment()) {
				if (sent == events) {
					break;
				}
				sent++;
			}
			out.add(frame);
		}
		return out;
	}

}
