package io.github.llmkit.demo.conversation;

import java.util.List;

import io.github.llmkit.demo.web.InvalidFieldException;
import io.github.llmkit.memory.ChatMemory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored history of the page's conversations: {@code GET} to show it again, {@code DELETE} to forget it.
 *
 * @since 0.1.0
 */
@RestController
public class ConversationController {

	private final ChatMemory memory;

	/**
	 * Create the controller.
	 * @param memory the application's conversation memory
	 */
	public ConversationController(ChatMemory memory) {
		this.memory = memory;
	}

	/**
	 * Return the whole history of a conversation, oldest first; empty for an unknown id.
	 * @param id the conversation id
	 * @return the messages
	 */
	@GetMapping("/api/conversations/{id}")
	public List<MessageView> history(@PathVariable String id) {
		return this.memory.history(requireId(id)).stream().map(MessageView::of).toList();
	}

	/**
	 * Forget a conversation.
	 * @param id the conversation id
	 */
	@DeleteMapping("/api/conversations/{id}")
	public void delete(@PathVariable String id) {
		this.memory.delete(requireId(id));
	}

	/**
	 * Return the id if it is 1 to 64 letters, digits, dashes or underscores.
	 * @param id the conversation id from a request
	 * @return the id
	 * @throws InvalidFieldException naming the {@code conversation} field otherwise
	 */
	public static String requireId(String id) {
		if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
			throw new InvalidFieldException("conversation",
					"'conversation' must be 1 to 64 letters, digits, '-' or '_'");
		}
		return id;
	}

}
