import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The CI stand-in for mongod: mongo-java-server with the memory backend and
 * its oplog on, bound to 127.0.0.1. Prints "PORT <n>" once listening and runs
 * until killed. Usage: java -cp <classpath> StandIn.java [port]  (0 = any free port)
 */
public class StandIn {
    /**
     * The newest version mongo-java-server names (5.0) still reports wire
     * version 8, below the 9 (MongoDB 4.4) that the Node.js driver 7 requires.
     * Report 6.0's wire version 17; the commands we use are the same on it.
     */
    static final MongoVersion REPORTED_VERSION = new MongoVersion() {
        public List<Integer> getVersionArray() { return List.of(6, 0, 0); }
        public int getWireVersion() { return 17; }
    };

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        MemoryBackend backend = new MemoryBackend();
        backend.version(REPORTED_VERSION);
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(new InetSocketAddress("127.0.0.1", port));
        System.out.println("PORT " + server.getLocalAddress().getPort());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    }
}
