package io.github.llmkit.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.llmkit.demo.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser page: it is served at {@code /}, and every URL its script calls is mapped by a controller.
 */
class IndexPageTests extends RunningDemo {

	private static final Pattern CALL = Pattern.compile("(?:fetch|EventSource)\\(([^;]*?)[,)]");

	private static final Pattern URL = Pattern.compile("'(/[^'?]*)");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void pageIsServedAtTheRoot() {
		Reply reply = this.api.get("/");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/html");
		assertThat(reply.body()).contains("<title>llmkit demo</title>").contains("new EventSource(");
	}

	@Test
	void everyUrlThePageCallsIsMapped() {
		String page = this.api.get("/index.html").body();
		List<String> urls = urlsCalledBy(page);
		assertThat(urls).contains("/api/providers", "/api/chat/stream", "/api/chat", "/api/agent", "/api/models",
				"/api/conversations/");
		Set<String> mapped = this.handlerMapping.getHandlerMethods()
			.keySet()
			.stream()
			.map(RequestMappingInfo::getPatternValues)
			.flatMap(Set::stream)
			.collect(Collectors.toSet());
		for (String url : urls) {
			assertThat(mapped).as("handler for %s", url)
				.anyMatch((pattern) -> pattern.equals(url) || (url.endsWith("/") && pattern.startsWith(url + "{")));
		}
	}

	@Test
	void streamAndPostUrlsAcceptTheMethodsThePageUses() {
		assertThat(methodsOf("/api/chat/stream")).contains(RequestMethod.GET);
		assertThat(methodsOf("/api/chat")).contains(RequestMethod.POST);
		assertThat(methodsOf("/api/agent")).contains(RequestMethod.POST);
	}

	private Set<RequestMethod> methodsOf(String pattern) {
		return this.handlerMapping.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getPatternValues().contains(pattern))
			.flatMap((info) -> info.getMethodsCondition().getMethods().stream())
			.collect(Collectors.toSet());
	}

	static List<String> urlsCalledBy(String page) {
		Matcher call = CALL.matcher(page);
		List<String> urls = new ArrayList<>();
		while (call.find()) {
			Matcher url = URL.matcher(call.group(1));
			while (url.find()) {
				urls.add(url.group(1));
			}
		}
		return urls;
	}

}
