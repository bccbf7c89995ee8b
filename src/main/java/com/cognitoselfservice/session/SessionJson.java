package com.cognitoselfservice.session;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.servlet.FlashMap;

import com.cognitoselfservice.sharedstore.KeptInSession;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/**
 * A session's values as JSON for the shared store, and back. Only a closed set of values
 * is written or read: text, numbers, flags, records marked {@link KeptInSession}, the
 * console's security context (a name and roles) and flash attributes made of those.
 * Anything else is refused when it is stored, so a new kind of attribute fails its tests
 * instead of being written in a form that could build arbitrary objects when read.
 */
final class SessionJson {

    private static final String RECORD = "record:";

    private final JsonMapper json = JsonMapper.builder()
        .changeDefaultVisibility((visibility) -> visibility.withFieldVisibility(ANY)
            .withGetterVisibility(NONE)
            .withIsGetterVisibility(NONE))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    /** One attribute's value, with its type. */
    byte[] write(@Nullable Object value) {
        return json.writeValueAsBytes(typed(value));
    }

    /** A value {@link #write} wrote. */
    @Nullable Object read(byte[] bytes) {
        return valueOf(json.readTree(bytes));
    }

    private JsonNode typed(@Nullable Object value) {
        ObjectNode typed = json.createObjectNode();
        if (value instanceof String text) {
            typed.put("type", "string").put("value", text);
        }
        else if (value instanceof Boolean flag) {
            typed.put("type", "boolean").put("value", flag);
        }
        else if (value instanceof Integer number) {
            typed.put("type", "integer").put("value", number);
        }
        else if (value instanceof Long number) {
            typed.put("type", "long").put("value", number);
        }
        else if (value != null && value.getClass().isRecord()
                && value.getClass().isAnnotationPresent(KeptInSession.class)) {
            typed.put("type", RECORD + value.getClass().getName()).set("value", json.valueToTree(value));
        }
        else if (value instanceof SecurityContext context) {
            typed.put("type", "security-context").set("value", securityContext(context));
        }
        else if (value instanceof List<?> list && list.stream().allMatch(FlashMap.class::isInstance)) {
            ArrayNode maps = typed.put("type", "flash-maps").putArray("value");
            list.forEach((map) -> maps.add(flashMap((FlashMap) map)));
        }
        else {
            throw new IllegalArgumentException("A session may not keep a "
                    + ((value != null) ? value.getClass().getName() : "null") + " in the shared store");
        }
        return typed;
    }

    private @Nullable Object valueOf(JsonNode typed) {
        String type = typed.path("type").asString();
        JsonNode value = typed.path("value");
        return switch (type) {
            case "string" -> value.asString();
            case "boolean" -> value.asBoolean();
            case "integer" -> value.asInt();
            case "long" -> value.asLong();
            case "security-context" -> securityContext(value);
            case "flash-maps" -> flashMaps(value);
            default -> json.treeToValue(value, keptRecord(type));
        };
    }

    // Only a marked record of this app: a name read from the store names no other class.
    private static Class<?> keptRecord(String type) {
        if (type.startsWith(RECORD) && type.startsWith(RECORD + "com.cognitoselfservice.")) {
            try {
                Class<?> kept = Class.forName(type.substring(RECORD.length()), false,
                        SessionJson.class.getClassLoader());
                if (kept.isRecord() && kept.isAnnotationPresent(KeptInSession.class)) {
                    return kept;
                }
            }
            catch (ClassNotFoundException ex) {
                // Written by another version of the app: not read.
            }
        }
        throw new IllegalArgumentException("The shared store holds a session value of an unknown type");
    }

    private ObjectNode securityContext(SecurityContext context) {
        Authentication authentication = context.getAuthentication();
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()) {
            throw new IllegalArgumentException("A session may keep only a signed-in console person's name and roles");
        }
        ObjectNode node = json.createObjectNode().put("name", authentication.getName());
        ArrayNode roles = node.putArray("authorities");
        authentication.getAuthorities().forEach((authority) -> roles.add(authority.getAuthority()));
        return node;
    }

    private SecurityContext securityContext(JsonNode node) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        node.path("authorities").forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.asString())));
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(node.path("name").asString(), null, authorities));
    }

    private ObjectNode flashMap(FlashMap map) {
        ObjectNode node = json.createObjectNode()
            .put("path", map.getTargetRequestPath())
            .put("expires", map.getExpirationTime());
        ObjectNode params = node.putObject("params");
        map.getTargetRequestParams().forEach((name, values) -> {
            ArrayNode list = params.putArray(name);
            values.forEach(list::add);
        });
        ObjectNode attributes = node.putObject("attributes");
        map.forEach((name, value) -> attributes.set(name, typed(value)));
        return node;
    }

    private List<FlashMap> flashMaps(JsonNode maps) {
        List<FlashMap> read = new ArrayList<>();
        for (JsonNode node : maps) {
            FlashMap map = new FlashMap();
            map.setTargetRequestPath(node.path("path").isNull() ? null : node.path("path").asString());
            map.setExpirationTime(node.path("expires").asLong());
            node.path("params")
                .properties()
                .forEach((param) -> param.getValue()
                    .forEach((value) -> map.addTargetRequestParam(param.getKey(), value.asString())));
            node.path("attributes")
                .properties()
                .forEach((attribute) -> map.put(attribute.getKey(), valueOf(attribute.getValue())));
            read.add(map);
        }
        return read;
    }

}
