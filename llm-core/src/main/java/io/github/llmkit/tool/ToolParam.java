package io.github.llmkit.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of an {@link LlmTool} method, or a field or record component of a type used as one.
 * Without it a property is required unless its type is {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
public @interface ToolParam {

	/**
	 * What the value means, written for the model; none when empty.
	 * @return the description
	 */
	String description() default "";

	/**
	 * Whether the model must supply the value; an {@link java.util.Optional} is never required.
	 * @return true when required
	 */
	boolean required() default true;

}
