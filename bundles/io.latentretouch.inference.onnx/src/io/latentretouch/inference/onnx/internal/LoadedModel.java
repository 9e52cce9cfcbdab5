package io.latentretouch.inference.onnx.internal;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.latentretouch.inference.Contract;

/**
 * A live session and what it really declares. Runs hold the read lock; {@link #close()} takes the write lock, so it
 * waits for the runs in flight: closing a session under a running model would crash the native side.
 */
final class LoadedModel {

    private final OrtSession session;
    private final Contract contract;
    private final long cost;
    private final String provider;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    LoadedModel(OrtSession session, Contract contract, long cost, String provider) {
        this.session = session;
        this.contract = contract;
        this.cost = cost;
        this.provider = provider;
    }

    /** The execution provider this session runs on. */
    String provider() {
        return provider;
    }

    OrtSession session() {
        return session;
    }

    Contract contract() {
        return contract;
    }

    /** Bytes this session counts against the cache budget. */
    long cost() {
        return cost;
    }

    /** Marks a run in flight; pair with {@link #release()}. Only the cache calls it, before the entry can be evicted. */
    void retain() {
        lock.readLock().lock();
    }

    void release() {
        lock.readLock().unlock();
    }

    /** Waits for runs in flight, then frees the native session. */
    void close() {
        lock.writeLock().lock();
        try {
            session.close();
        } catch (OrtException e) {
            System.getLogger(LoadedModel.class.getName()).log(System.Logger.Level.WARNING, "Closing a session failed", e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
