package io.github.llmkit.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a tool the model may call. Its parameters become the properties of the tool's JSON
 * Schema (describe them with {@link ToolParam}); its return value becomes the tool result.
 *
 * @since 0.1.0
 * @see MethodTool
 * @see ToolRegistry#register(Object)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LlmTool {

	/**
	 * The tool name the model uses; the method name when empty.
	 * @return the tool name
	 */
	String name() default "";

	/**
	 * What the tool does, written for the model.
	 * @return the description
	 */
	String description();

}
