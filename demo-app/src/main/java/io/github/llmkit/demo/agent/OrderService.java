package io.github.llmkit.demo.agent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.ToolParam;

import org.springframework.stereotype.Service;

/**
 * A small in-memory order book, standing in for the domain services of a real application: the model looks
 * orders up through the same methods the rest of the application calls.
 *
 * @since 0.1.0
 */
@Service
public class OrderService {

	private final Map<String, Order> orders = new TreeMap<>();

	/**
	 * Create the order book with three demo orders.
	 */
	public OrderService() {
		add(new Order("A-1001", "ada@example.com", "SHIPPED", List.of(new OrderLine("Mechanical keyboard", 1)),
				new BigDecimal("129.00"), LocalDate.of(2026, 12, 2)));
		add(new Order("A-1002", "ada@example.com", "PROCESSING",
				List.of(new OrderLine("USB-C cable", 3), new OrderLine("Laptop stand", 1)), new BigDecimal("74.50"),
				LocalDate.of(2026, 12, 5)));
		add(new Order("B-2001", "linus@example.com", "DELIVERED", List.of(new OrderLine("27\" monitor", 1)),
				new BigDecimal("319.99"), LocalDate.of(2026, 11, 20)));
	}

	private void add(Order order) {
		this.orders.put(order.id(), order);
	}

	/**
	 * Return an order by id.
	 * @param orderId the order id, such as {@code A-1001}
	 * @return the order
	 * @throws IllegalArgumentException naming the known ids when there is no such order
	 */
	@LlmTool(name = "find_order", description = "Look up an order by its id: status, items, total in EUR and "
			+ "expected delivery date.")
	public Order findOrder(@ToolParam(description = "The order id, for example A-1001") String orderId) {
		Order order = (orderId != null) ? this.orders.get(orderId.trim().toUpperCase(Locale.ROOT)) : null;
		if (order == null) {
			throw new IllegalArgumentException(
					"No order '" + orderId + "'; known order ids are " + this.orders.keySet());
		}
		return order;
	}

	/**
	 * Return the orders of a customer.
	 * @param email the customer's email address
	 * @return the orders, possibly none
	 */
	@LlmTool(name = "list_orders", description = "List the orders of a customer, by email address.")
	public List<Order> ordersOf(@ToolParam(description = "The customer's email address") String email) {
		return this.orders.values().stream().filter((order) -> order.customerEmail().equalsIgnoreCase(email)).toList();
	}

	/**
	 * One order.
	 *
	 * @param id the order id
	 * @param customerEmail the customer's email address
	 * @param status {@code PROCESSING}, {@code SHIPPED} or {@code DELIVERED}
	 * @param lines the items ordered
	 * @param totalEur the total price in euros
	 * @param expectedDelivery the (expected) delivery date
	 */
	public record Order(String id, String customerEmail, String status, List<OrderLine> lines, BigDecimal totalEur,
			LocalDate expectedDelivery) {

		/**
		 * Create the order, copying its lines.
		 */
		public Order {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One item of an order.
	 *
	 * @param product the product name
	 * @param quantity how many
	 */
	public record OrderLine(String product, int quantity) {
	}

}
