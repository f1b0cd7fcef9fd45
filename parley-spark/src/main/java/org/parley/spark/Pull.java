package org.parley.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a push-style reader ({@code Sources.read} calls a sink per article) into the iterator a
 * Spark partition returns, through a small bounded queue: a file of any size streams through a
 * task without being held in memory.
 */
final class Pull<T> implements Iterator<T> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
  private final Thread producer;
  private volatile RuntimeException failure;
  private Object next;

  Pull(Consumer<Consumer<T>> source, String name) {
    producer =
        new Thread(
            () -> {
              try {
                source.accept(this::put);
              } catch (RuntimeException | Error e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
              } finally {
                put(END);
              }
            },
            name);
    producer.setDaemon(true);
    producer.start();
  }

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reader interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (next == END) {
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }
}
