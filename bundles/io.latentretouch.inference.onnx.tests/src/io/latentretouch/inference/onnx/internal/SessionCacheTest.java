package io.latentretouch.inference.onnx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OrtEnvironment;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.testing.Services;

/** The session cache stays within its byte budget, keeps the most recently used, and refuses work once closed. */
class SessionCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedBeyondTheBudget() throws Exception {
        ModelRegistry registry = Services.await(ModelRegistry.class);
        ModelDescriptor skin = registry.require("lr.skin-detail");
        ModelDescriptor mask = registry.require("lr.skin-mask");
        SessionFactory factory = new SessionFactory(OrtEnvironment.getEnvironment(), SettingsFor.with(Map.of()));
        AtomicInteger loads = new AtomicInteger();
        long oneModel = registry.read(skin).capacity();
        SessionCache cache = new SessionCache(oneModel + 1);
        use(cache, "skin", () -> { loads.incrementAndGet(); return factory.create(skin, registry); });
        use(cache, "skin", () -> { loads.incrementAndGet(); return factory.create(skin, registry); });
        assertEquals(1, loads.get(), "a cached session is reused");
        use(cache, "mask", () -> { loads.incrementAndGet(); return factory.create(mask, registry); });
        assertEquals(1, cache.size(), "the older session was evicted to stay within the budget");
        use(cache, "skin", () -> { loads.incrementAndGet(); return factory.create(skin, registry); });
        assertEquals(3, loads.get(), "the evicted session is created again");
        cache.close();
        assertEquals(Code.CLOSED, assertThrows(InferenceException.class, () -> use(cache, "skin", () -> factory.create(skin, registry))).code());
    }

    private static void use(SessionCache cache, String key, SessionCache.Loader loader) throws InferenceException {
        cache.acquire(key, loader).release();
    }
}
