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
 * Screenshot mode: runs N steps without the Console, then writes the map as FILE (the map's size)
 * and the two live charts side by side as FILE with "-charts" before its extension.
 */
public final class Screenshot {
    private Screenshot() {
    }

    public static Path[] take(PortshiftWithUI gui, int steps, Path file) throws IOException {
        JFrame[] frame = new JFrame[1];
        onEventThread(() -> {
            gui.buildDisplay();
            gui.charts().init(null);
            frame[0] = gui.display.createFrame();
            gui.display.insideDisplay.setPreferredSize(new Dimension((int) MapProjection.WIDTH, (int) MapProjection.HEIGHT));
            frame[0].pack();
            frame[0].setVisible(true);
        });
        gui.start();
        for (int i = 0; i < steps; i++) {
            gui.step();
        }
        BufferedImage[] map = new BufferedImage[1];
        onEventThread(() -> {
            gui.display.insideDisplay.setSize((int) MapProjection.WIDTH, (int) MapProjection.HEIGHT);
            BufferedImage shared = gui.display.insideDisplay.paint(null, true, false);
            map[0] = copy(shared, (int) MapProjection.WIDTH, (int) MapProjection.HEIGHT);
        });
        BufferedImage flows = chart(gui.charts().flows.getChart());
        BufferedImage shares = chart(gui.charts().shares.getChart());
        BufferedImage charts = new BufferedImage(flows.getWidth() * 2, flows.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = charts.createGraphics();
        g.drawImage(flows, 0, 0, null);
        g.drawImage(shares, flows.getWidth(), 0, null);
        g.dispose();
        Path chartsFile = siblingWithSuffix(file, "-charts");
        write(file, map[0]);
        write(chartsFile, charts);
        gui.finish();
        onEventThread(() -> frame[0].dispose());
        return new Path[] {file, chartsFile};
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
