package org.ipwp.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a content file, as {@code git} keeps it in its index to know a
 * file unchanged without reading it: size, modification and status-change times, inode and
 * device. The status-change time ({@code ctime}) cannot be set by tools and moves on every write,
 * so an edit that keeps the size and puts the modification time back is still seen.
 *
 * <p>A stamp only vouches for a file that had <em>settled</em> when it was taken: its last change
 * lies further back than the file system's clock granularity, so that a write after the file was
 * read cannot leave the same stamp (git's "racily clean" entries). Where the file system has no
 * {@code unix} view (Windows), there are no stamps and every file is read.
 *
 * @param size          bytes
 * @param modifiedNanos modification time
 * @param changedNanos  status-change time
 * @param inode         inode number
 * @param device        device number
 */
record FileStamp(long size, long modifiedNanos, long changedNanos, long inode, long device) {

    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

    /** How long ago a file must have changed for a stamp to vouch for it, on file systems with sub-second times. */
    private static final long SETTLED_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** The same where times are whole seconds (ext3, HFS+): a write in the same second keeps the stamp. */
    private static final long SETTLED_NANOS_WHOLE_SECONDS = TimeUnit.SECONDS.toNanos(2);

    /**
     * The stamp of {@code file} taken now, before it is read, if it vouches for the file: a file
     * system without the {@code unix} view, a file that has not settled, or one that cannot be
     * read gives {@code null}.
     */
    static FileStamp ofSettled(Path file) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, ATTRIBUTES);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        FileStamp stamp = new FileStamp((Long) attributes.get("size"), nanos(attributes.get("lastModifiedTime")),
                nanos(attributes.get("ctime")), ((Number) attributes.get("ino")).longValue(),
                ((Number) attributes.get("dev")).longValue());
        long latest = Math.max(stamp.modifiedNanos, stamp.changedNanos);
        boolean wholeSeconds = latest % TimeUnit.SECONDS.toNanos(1) == 0;
        return latest < now - (wholeSeconds ? SETTLED_NANOS_WHOLE_SECONDS : SETTLED_NANOS) ? stamp : null;
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeLong(size);
        out.writeLong(modifiedNanos);
        out.writeLong(changedNanos);
        out.writeLong(inode);
        out.writeLong(device);
    }

    static FileStamp readFrom(DataInputStream in) throws IOException {
        return new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }
}
