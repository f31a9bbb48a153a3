package vn.doithoai.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every JSON string, whether a property, an element of a list or a key or value of
 * a map, in NFC; a JsonNode tree is read as sent.
 */
class NfcJacksonModule extends SimpleModule {

	NfcJacksonModule() {
		super("vietnamese-nfc");
		setDeserializerModifier(new NfcModifier());
	}

	/** Wraps whatever deserializer reads a String, so custom ones keep working. */
	private static final class NfcModifier extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
			return (beanDescRef.getBeanClass() == String.class) ? new NfcStringDeserializer(deserializer)
					: deserializer;
		}

		@Override
		public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
				KeyDeserializer deserializer) {
			// Untyped maps (Map<String, Object>) read their nested keys as Object.
			boolean textKeys = type.hasRawClass(String.class) || type.hasRawClass(Object.class);
			return textKeys ? new NfcKeyDeserializer(deserializer) : deserializer;
		}

	}

	private static final class NfcStringDeserializer extends DelegatingDeserializer {

		NfcStringDeserializer(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new NfcStringDeserializer(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return nfc(super.deserialize(parser, context));
		}

		@Override
		public Object deserializeWithType(JsonParser parser, DeserializationContext context,
				TypeDeserializer typeDeserializer) throws JacksonException {
			return nfc(super.deserializeWithType(parser, context, typeDeserializer));
		}

		private static Object nfc(Object value) {
			return (value instanceof String text) ? VietnameseText.nfc(text) : value;
		}

	}

	private static final class NfcKeyDeserializer extends KeyDeserializer {

		private final KeyDeserializer delegate;

		NfcKeyDeserializer(KeyDeserializer delegate) {
			this.delegate = delegate;
		}

		@Override
		public void resolve(DeserializationContext context) throws JacksonException {
			this.delegate.resolve(context);
		}

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			Object value = this.delegate.deserializeKey(key, context);
			return (value instanceof String text) ? VietnameseText.nfc(text) : value;
		}

	}

}
