package portshift.gui;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.jfree.chart.JFreeChart;

import portshift.experiment.AtomicFiles;
import portshift.report.Png;

/**
 * Screenshot mode: runs N steps without the Console, then writes the Atlantic map as FILE (the map's
 * size), the Europe map as FILE with "-europe" before its extension, and the two live charts side by
 * side as FILE with "-charts" before its extension.
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static Path[] take(PortshiftWithUI gui, int steps, Path file) throws IOException {
        JFrame[] frame = new JFrame[2];
        onEventThread(() -> {
            gui.buildDisplays();
            gui.charts().init(null);
            frame[0] = open(gui.display, MapView.ATLANTIC);
            frame[1] = open(gui.europeDisplay(), MapView.EUROPE);
        });
        gui.start();
        for (int i = 0; i < steps; i++) {
            gui.step();
        }
        BufferedImage[] map = new BufferedImage[2];
        onEventThread(() -> {
            map[0] = paint(gui.display, MapView.ATLANTIC);
            map[1] = paint(gui.europeDisplay(), MapView.EUROPE);
        });
        BufferedImage flows = chart(gui.charts().flows.getChart());
        BufferedImage shares = chart(gui.charts().shares.getChart());
        BufferedImage charts = new BufferedImage(flows.getWidth() * 2, flows.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = charts.createGraphics();
        g.drawImage(flows, 0, 0, null);
        g.drawImage(shares, flows.getWidth(), 0, null);
        g.dispose();
        Path chartsFile = siblingWithSuffix(file, "-charts");
        Path europeFile = siblingWithSuffix(file, "-europe");
        write(file, map[0]);
        write(europeFile, map[1]);
        write(chartsFile, charts);
        gui.finish();
        onEventThread(() -> {
            frame[0].dispose();
            frame[1].dispose();
        });
        return new Path[] {file, chartsFile, europeFile};
    }

    /** A display's frame, at scale 1, the map's size. */
    private static JFrame open(sim.display.Display2D display, MapView view) {
        JFrame frame = display.createFrame();
        display.insideDisplay.setPreferredSize(new Dimension((int) view.width, (int) view.height));
        frame.pack();
        frame.setVisible(true);
        return frame;
    }

    private static BufferedImage paint(sim.display.Display2D display, MapView view) {
        display.insideDisplay.setSize((int) view.width, (int) view.height);
        BufferedImage shared = display.insideDisplay.paint(null, true, false);
        return copy(shared, (int) view.width, (int) view.height);
    }

    private static BufferedImage chart(JFreeChart chart) {
        return chart.createBufferedImage(800, 500);
    }

    private static BufferedImage copy(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return out;
    }

    static Path siblingWithSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String out = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(out);
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, Png.bytes(image));
    }

    private static void onEventThread(Runnable r) throws IOException {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (InvocationTargetException e) {
            throw new IOException(e.getCause());
        }
    }
}
