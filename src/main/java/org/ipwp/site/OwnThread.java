package org.ipwp.site;

import java.util.concurrent.Executor;

/**
 * Runs each task on a daemon thread of its own, named for thread dumps: the background work of a
 * build (reading the last build's record, writing this one's, deleting the replaced output),
 * which the build joins before it ends. A daemon, so that a build that fails never waits for it
 * to exit.
 */
final class OwnThread implements Executor {

    private final String name;

    OwnThread(String name) {
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
