package dev.fleetcast.formats.hpa;

import java.math.BigDecimal;
import java.util.Locale;

/** How the HPA files show numbers to people: milli-units as quantities, nanoseconds as seconds. */
final class Units {

    private static final String[] BINARY = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private Units() {
    }

    /** Milli-units as a short quantity: 250 → {@code 250m}, 2000 → {@code 2}, 536870912000 → {@code 512Mi}. */
    static String quantity(long milli) {
        if (milli % 1000 != 0) {
            return milli + "m";
        }
        long units = milli / 1000;
        if (units != 0 && units % 1024 == 0) {
            int k = -1;
            long value = units;
            while (value % 1024 == 0 && k < BINARY.length - 1) {
                value /= 1024;
                k++;
            }
            return value + BINARY[k];
        }
        return Long.toString(units);
    }

    /** A quantity, followed for large inexact ones by an approximation: {@code 174762666666m (≈ 166.7Mi)}. */
    static String approximately(long milli) {
        String exact = quantity(milli);
        long mi = 1024L * 1024 * 1000;
        if (milli % 1000 == 0 || Math.abs(milli) < mi) {
            return exact;
        }
        return exact + String.format(Locale.ROOT, " (≈ %.1fMi)", milli / (double) mi);
    }

    /** Nanoseconds as a plain decimal number of seconds, exactly: −570500000000 → −570.5. */
    static BigDecimal seconds(long nanos) {
        BigDecimal seconds = BigDecimal.valueOf(nanos).movePointLeft(9).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    /** Seconds for text: {@code -570.5s}. */
    static String secondsText(long nanos) {
        return seconds(nanos).toPlainString() + "s";
    }
}
