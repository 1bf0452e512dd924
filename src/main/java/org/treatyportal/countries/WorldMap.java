package org.treatyportal.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The shapes of the world map ({@code static/images/world.svg}, Natural Earth outlines),
 * read once at start-up so that pages can draw the map inline with a class per State.
 */
@Component
class WorldMap {

	static final String LOCATION = "static/images/world.svg";

	private final String viewBox;

	private final List<Shape> shapes;

	WorldMap() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			Document svg = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "", Parser.xmlParser());
			Element root = svg.selectFirst("svg");
			this.viewBox = root.attr("viewBox");
			List<Shape> read = new ArrayList<>();
			for (Element shape : root.children()) {
				String code = shape.attr("data-iso");
				if (code.isEmpty()) {
					continue;
				}
				if (shape.tagName().equals("circle")) {
					read.add(new Shape(code, null, shape.attr("cx"), shape.attr("cy")));
				}
				else {
					read.add(new Shape(code, shape.attr("d"), null, null));
				}
			}
			this.shapes = List.copyOf(read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the world map at " + LOCATION, ex);
		}
	}

	String viewBox() {
		return this.viewBox;
	}

	List<Shape> shapes() {
		return this.shapes;
	}

	/**
	 * One State on the map: an outline, or a dot for a State too small at this scale.
	 *
	 * @param code the upper-case ISO code
	 * @param path the outline's path data, or {@code null} for a dot
	 * @param cx the dot's centre x
	 * @param cy the dot's centre y
	 */
	record Shape(String code, String path, String cx, String cy) {

		public boolean isDot() {
			return this.path == null;
		}

	}

}
