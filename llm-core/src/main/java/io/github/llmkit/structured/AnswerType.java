package io.github.llmkit.structured;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.BiFunction;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.StreamListeners;
import tools.jackson.databind.JsonNode;

/**
 * The Java type of a typed answer: a record, enum, list, map, optional or any type Jackson binds, with its JSON
 * Schema (built once per type with the same victools generator as tool parameters, and cached). Use
 * {@link #of(Class)}, or for a generic type a subclass that fixes the type argument:
 * {@code new AnswerType<List<Ticket>>() {}}. Components are described with Jackson's
 * {@code @JsonPropertyDescription}, types with {@code @JsonClassDescription}; every component is required unless
 * it is an {@link java.util.Optional}. Immutable and thread-safe.
 *
 * @param <T> the answer type
 * @since 0.1.0
 */
public abstract class AnswerType<T> {

	/** The number of repair rounds unless {@link #withRepairs(int)} says otherwise. */
	public static final int DEFAULT_REPAIRS = 1;

	private final AnswerDefinition definition;

	private final int repairs;

	/**
	 * Create a type token for the type argument of the subclass, as in {@code new AnswerType<List<Ticket>>() {}}.
	 * @throws IllegalArgumentException if the subclass does not fix the type argument
	 */
	protected AnswerType() {
		Type superclass = getClass().getGenericSuperclass();
		if (!(superclass instanceof ParameterizedType parameterized)
				|| !(parameterized.getActualTypeArguments()[0] instanceof Class
						|| parameterized.getActualTypeArguments()[0] instanceof ParameterizedType)) {
			throw new IllegalArgumentException("An AnswerType subclass must fix its type argument, as in "
					+ "new AnswerType<List<Ticket>>() {}; was " + superclass);
		}
		this.definition = AnswerDefinition.of(parameterized.getActualTypeArguments()[0]);
		this.repairs = DEFAULT_REPAIRS;
	}

	private AnswerType(AnswerDefinition definition, int repairs) {
		this.definition = definition;
		this.repairs = repairs;
	}

	/**
	 * Return the answer type of a class.
	 * @param <T> the type
	 * @param type the class, such as a record
	 * @return the answer type
	 * @throws IllegalArgumentException if the type is null
	 */
	public static <T> AnswerType<T> of(Class<T> type) {
		if (type == null) {
			throw new IllegalArgumentException("'type' must not be null");
		}
		return new Fixed<>(AnswerDefinition.of(type), DEFAULT_REPAIRS);
	}

	/**
	 * Return the Java type.
	 * @return the type
	 */
	public Type type() {
		return this.definition.type();
	}

	/**
	 * Return the JSON Schema an answer must match; a type that is not an object is wrapped in an object under
	 * {@code value} ({@code items} for arrays and collections), since providers want an object at the root.
	 * @return the schema, shared: do not modify
	 */
	public JsonNode schema() {
		return this.definition.schema();
	}

	/**
	 * Return the response format that asks for this type; each provider renders it with its strongest
	 * enforcement.
	 * @return the format
	 */
	public ResponseFormat responseFormat() {
		return this.definition.format();
	}

	/**
	 * Return the number of repair rounds: how often an answer that does not match is sent back with its errors.
	 * @return the number, 0 for none
	 */
	public int repairs() {
		return this.repairs;
	}

	/**
	 * Return a copy with another number of repair rounds.
	 * @param repairs the number, 0 to fail on the first answer that does not match
	 * @return the copy
	 * @throws IllegalArgumentException if the number is negative
	 */
	public AnswerType<T> withRepairs(int repairs) {
		if (repairs < 0) {
			throw new IllegalArgumentException("'repairs' must not be negative, was " + repairs);
		}
		return new Fixed<>(this.definition, repairs);
	}

	/**
	 * Return options that ask for this type: a copy of the given ones with this type's response format.
	 * @param options the options, or null
	 * @return the options to send
	 */
	public ChatOptions applyTo(ChatOptions options) {
		return ((options != null) ? options : ChatOptions.none()).toBuilder()
			.responseFormat(this.definition.format())
			.build();
	}

	/**
	 * Read a response as this type, without repair.
	 * @param response a response to a request made with {@link #responseFormat()}
	 * @return the validated value
	 * @throws TypedAnswerException if the model refused, was cut short or filtered, or the answer does not match
	 */
	@SuppressWarnings("unchecked")
	public T read(ChatResponse response) {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		return (T) TypedChat.settle(null, this.definition, 0, List.of(), response, null, null, (errors) -> {
		});
	}

	/**
	 * Ask a client for an answer of this type, repairing a mismatch up to {@link #repairs()} times.
	 * @param client the client
	 * @param messages the conversation, not empty
	 * @param options per-call settings, or null
	 * @return the validated value
	 * @throws TypedAnswerException if no valid answer was obtained
	 */
	public T chat(LlmClient client, List<Message> messages, ChatOptions options) {
		ChatOptions typed = applyTo(options);
		return settle(client, messages, requireClient(client).chat(messages, typed), typed, client::chat);
	}

	/**
	 * Stream an answer of this type: the listener gets the text deltas (and, when it is an
	 * {@link AnswerListener}, partial objects); the validated value is returned at the end. A repair round
	 * streams again.
	 * @param client the client
	 * @param messages the conversation, not empty
	 * @param listener receives the stream on this thread
	 * @param options per-call settings, or null
	 * @return the validated value
	 * @throws TypedAnswerException if no valid answer was obtained
	 */
	public T stream(LlmClient client, List<Message> messages, StreamListener listener, ChatOptions options) {
		if (listener == null) {
			throw new IllegalArgumentException("'listener' must not be null");
		}
		requireClient(client);
		ChatOptions typed = applyTo(options);
		PartialListener<T> partials = new PartialListener<>(listener, this.definition);
		StreamListener both = (partials.answerListener() != null) ? StreamListeners.both(listener, partials)
				: listener;
		BiFunction<List<Message>, ChatOptions, ChatResponse> call = (conversation, callOptions) -> {
			partials.reset();
			return client.streamChat(conversation, both, callOptions);
		};
		ChatResponse first = call.apply(messages, typed);
		return cast(TypedChat.settle(client.name(), this.definition, this.repairs, messages, first, typed, call,
				(errors) -> {
					if (partials.answerListener() != null) {
						partials.answerListener().onRepair(errors);
					}
				}));
	}

	/**
	 * Return the value of an answer a client already gave to a conversation, repairing a mismatch with
	 * follow-up calls (the tool loop's last step).
	 * @param client the client that answered
	 * @param conversation the conversation the answer replies to, without the answer
	 * @param answer the answer
	 * @param options the options of the follow-up calls (see {@link #applyTo(ChatOptions)})
	 * @param followUp sends a follow-up conversation, for example with tools
	 * @return the validated value
	 * @throws TypedAnswerException if no valid answer was obtained
	 */
	public T settle(LlmClient client, List<Message> conversation, ChatResponse answer, ChatOptions options,
			BiFunction<List<Message>, ChatOptions, ChatResponse> followUp) {
		return cast(TypedChat.settle(requireClient(client).name(), this.definition, this.repairs, conversation,
				answer, options, followUp, (errors) -> {
				}));
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	private static <C> C requireClient(C client) {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		return client;
	}

	@Override
	public String toString() {
		return "AnswerType[" + type().getTypeName() + ", repairs=" + this.repairs + "]";
	}

	private static final class Fixed<T> extends AnswerType<T> {

		Fixed(AnswerDefinition definition, int repairs) {
			super(definition, repairs);
		}

	}

}
