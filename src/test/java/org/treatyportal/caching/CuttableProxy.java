package org.treatyportal.caching;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the test PostgreSQL that a test can cut, as if the database
 * server went down (connections dropped, new ones refused), and restore.
 */
final class CuttableProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	CuttableProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.port = listen(0);
	}

	int port() {
		return this.port;
	}

	/** Drops every connection and refuses new ones. */
	synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** Accepts connections again, on the same port. */
	synchronized void restore() throws IOException {
		listen(this.port);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private int listen(int port) throws IOException {
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		this.server = listening;
		Thread acceptor = new Thread(() -> accept(listening), "proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		return listening.getLocalPort();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				this.sockets.add(client);
				this.sockets.add(target);
				pump(client, target);
				pump(target, client);
			}
			catch (IOException ex) {
				// Closed by cut().
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// One side closed.
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ex) {
					// Already closed.
				}
			}
		}, "proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

}
