package io.github.llmkit.demo.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the request size limit to the API.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	/** The largest API request body accepted, in bytes. */
	public static final long MAX_BODY_BYTES = 64 * 1024;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RequestSizeInterceptor(MAX_BODY_BYTES)).addPathPatterns("/api/**");
	}

}
