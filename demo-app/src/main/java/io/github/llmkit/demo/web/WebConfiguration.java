package io.github.llmkit.demo.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the request size limit to the API, except to uploads, which the multipart limits bound.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	/** The largest API request body accepted, in bytes. */
	public static final long MAX_BODY_BYTES = 64 * 1024;

	/** The upload endpoint, limited by {@code spring.servlet.multipart.*} instead. */
	public static final String UPLOAD_PATH = "/api/chat/attachments";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RequestSizeInterceptor(MAX_BODY_BYTES))
			.addPathPatterns("/api/**")
			.excludePathPatterns(UPLOAD_PATH);
	}

}
