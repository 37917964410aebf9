package io.github.llmkit.demo.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An invoice as the model extracts it from free text: the typed answer of {@code POST /api/extract}.
 *
 * @param number the invoice number
 * @param customer who is billed
 * @param date the invoice date
 * @param currency the currency of every amount
 * @param lines the billed items
 * @param total the amount due
 * @param notes anything else the text says about payment, when it says something
 * @since 0.1.0
 */
@JsonClassDescription("An invoice extracted from a text")
public record Invoice(@JsonPropertyDescription("The invoice number, such as INV-2041") String number,
		@JsonPropertyDescription("The billed company or person") String customer,
		@JsonPropertyDescription("The invoice date") LocalDate date,
		@JsonPropertyDescription("The currency of every amount") Currency currency,
		@JsonPropertyDescription("The billed items") List<Line> lines,
		@JsonPropertyDescription("The amount due") double total,
		@JsonPropertyDescription("Payment terms or remarks") Optional<String> notes) {

	/**
	 * One billed item.
	 *
	 * @param description what was sold
	 * @param quantity how many
	 * @param unitPrice the price of one
	 * @since 0.1.0
	 */
	public record Line(@JsonPropertyDescription("What was sold") String description,
			@JsonPropertyDescription("How many") int quantity,
			@JsonPropertyDescription("The price of one") double unitPrice) {
	}

	/**
	 * The currencies the demo knows.
	 *
	 * @since 0.1.0
	 */
	public enum Currency {

		/** Euro. */
		EUR,

		/** US dollar. */
		USD,

		/** Pound sterling. */
		GBP

	}

}
