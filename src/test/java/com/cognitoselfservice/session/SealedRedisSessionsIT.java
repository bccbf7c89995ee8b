package com.cognitoselfservice.session;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.SessionRepository;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SessionKeyProperties;
import com.cognitoselfservice.support.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;

/** The fleet's session store, in a Redis of the test's own. */
class SealedRedisSessionsIT extends SessionStoreContract {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789ABCDEF".getBytes());

    static RedisServer redis;

    static LettuceConnectionFactory connections;

    static StringRedisTemplate template;

    static SealedRedisSessions sessions;

    static RedisSessionCounts counts;

    @BeforeAll
    static void sessionsInRedis() {
        redis = RedisServer.start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        template = new StringRedisTemplate(connections);
        ServerKeys keys = new ServerKeys(new SessionKeyProperties(KEY, null));
        RedisSessionNames names = new RedisSessionNames(keys);
        counts = new RedisSessionCounts(template, names);
        sessions = new SealedRedisSessions(template, keys, names, counts, Duration.ofMinutes(15));
    }

    @AfterAll
    static void stop() {
        connections.destroy();
        redis.crash();
    }

    @Override
    SessionRepository<ChangedSession> store() {
        return sessions;
    }

    @Test
    void endingTheLeastRecentlyUsedSessionsToMakeRoomAlsoFreesTheirAddresses() {
        for (int i = 0; i < 3; i++) {
            started(SessionKind.CHALLENGE, "192.0.2.9");
        }
        assertThat(counts.openFrom("192.0.2.9", null)).isEqualTo(3);

        counts.makeRoomFor(SessionKind.CHALLENGE, 2);

        assertThat(counts.count(SessionKind.CHALLENGE)).isEqualTo(1);
        assertThat(counts.openFrom("192.0.2.9", null)).isEqualTo(1);
    }

    @Test
    void aValueMovedFromAnotherSessionOrAttributeIsNotRead() {
        String ana = saved("resetFlow", "code sent to ana");
        String eve = saved("resetFlow", "code sent to eve");
        Map<Object, Object> anasFields = template.opsForHash().entries(keyOf(ana));

        template.opsForHash().put(keyOf(eve), "attribute:resetFlow", anasFields.get("attribute:resetFlow"));
        assertThat(sessions.findById(eve)).isNull();

        template.opsForHash().put(keyOf(ana), "attribute:visit", anasFields.get("attribute:resetFlow"));
        assertThat(sessions.findById(ana)).isNull();
    }

    @Test
    void aValueThatIsNotSealedAtAllReadsAsAnExpiredSession() {
        String ana = saved("resetFlow", "code sent to ana");

        template.opsForHash().put(keyOf(ana), "attribute:resetFlow", "{not base64: a value written by hand}");

        assertThat(sessions.findById(ana)).isNull();
    }

    @Test
    void theStoreHoldsNoValueInTheClear() {
        String id = saved("resetFlow", "code sent to ana");

        Map<Object, Object> fields = template.opsForHash().entries(keyOf(id));

        assertThat(keyOf(id)).doesNotContain(id);
        assertThat(fields).isNotEmpty();
        assertThat(fields.toString()).doesNotContain("ana").doesNotContain("shop").doesNotContain(id);
    }

    private void started(SessionKind kind, String address) {
        ChangedSession session = sessions.createSession();
        session.setAttribute(LiveSessions.KIND, kind.name());
        session.setAttribute(LiveSessions.ADDRESS, address);
        sessions.save(session);
    }

    // The key a session was saved under, as the store names it.
    private String keyOf(String id) {
        return sessions.findById(id).storedAs();
    }

}
