package io.queryscope.cli.demo;

import io.queryscope.core.QueryScope;
import io.queryscope.core.UnitOfWork;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives {@link ShopApplication} like traffic would: requests as units of work, then a burst of
 * concurrent checkouts against an undersized pool. Deterministic apart from thread timing.
 */
final class DemoWorkload {

  static final int CHECKOUT_THREADS = 12;
  private static final int CHECKOUTS_PER_THREAD = 12;
  private static final long PAYMENT_PROVIDER_MILLIS = 40;

  private final ShopApplication app;
  private final QueryScope scope;
  private final DemoCustomers customers;

  DemoWorkload(ShopApplication app, QueryScope scope, DemoCustomers customers) {
    this.app = app;
    this.scope = scope;
    this.customers = customers;
  }

  /** The requests, one unit of work each. */
  void requests() throws SQLException {
    for (int i = 0; i < 6; i++) {
      try (UnitOfWork u = scope.unitOfWork("GET /orders/recent")) {
        app.recentOrdersWithCustomers(i * 25);
      }
    }
    for (int i = 1; i <= 20; i++) {
      try (UnitOfWork u = scope.unitOfWork("POST /login")) {
        app.customerByEmail(customers.emails().get(i % customers.emails().size()));
      }
    }
    for (int m = 1; m <= 10; m++) {
      try (UnitOfWork u = scope.unitOfWork("GET /admin/orders/pending")) {
        app.pendingOrders(m);
      }
    }
    for (int i = 0; i < 15; i++) {
      try (UnitOfWork u = scope.unitOfWork("GET /customers/search")) {
        app.searchCustomers(customers.lastNames().get(i % customers.lastNames().size()));
      }
    }
    for (String word : new String[] {"Phone", "Lamp", "Chair", "Phone", "Cable"}) {
      try (UnitOfWork u = scope.unitOfWork("GET /products/search")) {
        app.searchProducts(word);
      }
    }
    for (int page = 4000; page < 4500; page += 50) {
      try (UnitOfWork u = scope.unitOfWork("GET /orders?page")) {
        app.orderPage(page);
      }
    }
    for (int i = 0; i < 8; i++) {
      try (UnitOfWork u = scope.unitOfWork("GET /shipping/estimate")) {
        app.addressesIn("Lyon", "FR");
      }
    }
    for (int p = 1; p <= 12; p++) {
      try (UnitOfWork u = scope.unitOfWork("GET /products/sales")) {
        app.linesOfProduct(p * 7L);
      }
    }
  }

  /**
   * {@value #CHECKOUT_THREADS} threads checking out at once on a pool of a few connections.
   *
   * @return checkouts that gave up waiting for a connection
   */
  int checkoutBurst() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(CHECKOUT_THREADS);
    AtomicInteger timedOut = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < CHECKOUT_THREADS; t++) {
      int thread = t;
      running.add(
          pool.submit(
              () -> {
                for (int i = 0; i < CHECKOUTS_PER_THREAD; i++) {
                  try (UnitOfWork u = scope.unitOfWork("POST /checkout")) {
                    app.checkout(1 + thread * 1000L + i, PAYMENT_PROVIDER_MILLIS);
                  } catch (SQLTransientConnectionException e) {
                    timedOut.incrementAndGet();
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                  }
                }
                return null;
              }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a checkout failed: " + e.getCause().getMessage(), e);
      }
    }
    return timedOut.get();
  }
}
