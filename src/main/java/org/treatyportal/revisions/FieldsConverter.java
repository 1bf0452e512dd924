package org.treatyportal.revisions;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a revision's fields as a JSON object, keeping their order.
 */
@Converter
class FieldsConverter implements AttributeConverter<Map<String, String>, String> {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(Map<String, String> fields) {
		return json.writeValueAsString(fields);
	}

	@Override
	public Map<String, String> convertToEntityAttribute(String column) {
		return json.readValue(column, FIELDS);
	}

}
