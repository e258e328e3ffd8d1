package io.mewscontract.connector.server.testapi;

import io.mewscontract.connector.server.router.Router;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the router logs (through {@code System.Logger}, which the JDK backs with java.util.logging when no
 * other logging framework is installed), and keeps it off the console while attached.
 */
public final class RouterLog extends Handler {
    public final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger(Router.class.getName());
    private boolean usedParentHandlers;

    public void attach() {
        usedParentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    public void detach() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(usedParentHandlers);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
