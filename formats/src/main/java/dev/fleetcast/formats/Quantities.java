package dev.fleetcast.formats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Kubernetes resource quantities ({@code "250m"}, {@code "512Mi"}, {@code "1.5"}, {@code "2k"},
 * {@code "1e3"}), parsed as apimachinery's {@code ParseQuantity} does: an optionally signed
 * decimal number, then one suffix — binary {@code Ki Mi Gi Ti Pi Ei}, decimal
 * {@code n u m k M G T P E} or none, or an exponent {@code e}/{@code E} and a whole number.
 * Values finer than a nanounit are rounded up to one, as Kubernetes does.
 */
public final class Quantities {

    /** What a malformed quantity's message says is allowed. */
    public static final String ALLOWED = "a Kubernetes quantity such as 250m, 1.5, 2k, 512Mi or 1e3";

    private static final String[] DECIMAL = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final int[] DECIMAL_EXPONENT = {-9, -6, -3, 0, 3, 6, 9, 12, 15, 18};
    private static final String[] BINARY = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Quantities() {
    }

    /**
     * The quantity's exact value; for decimal suffixes its unscaled digits and scale are those
     * Kubernetes keeps (so {@code "50m"} is 50 × 10⁻³).
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static BigDecimal parse(String quantity) {
        String text = quantity.strip(); // as Kubernetes' JSON decoding trims
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty quantity");
        }
        int i = 0;
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            i++;
        }
        int digitsStart = i;
        int digits = 0;
        boolean point = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            throw new IllegalArgumentException("\"" + text + "\" does not start with a number");
        }
        String number = text.substring(digitsStart, i);
        BigDecimal value = new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number
                : number);
        if (value.scale() > 0 && number.endsWith(".")) {
            value = value.setScale(0, RoundingMode.UNNECESSARY);
        }
        if (text.charAt(0) == '-') {
            value = value.negate();
        }
        String suffix = text.substring(i);
        BigDecimal result = applySuffix(value, suffix, text);
        if (result.scale() > 9) {
            result = result.setScale(9, RoundingMode.UP); // Kubernetes keeps nanounits at most, rounding up
        }
        return result;
    }

    private static BigDecimal applySuffix(BigDecimal value, String suffix, String text) {
        for (int k = 0; k < DECIMAL.length; k++) {
            if (DECIMAL[k].equals(suffix)) {
                return value.scaleByPowerOfTen(DECIMAL_EXPONENT[k]);
            }
        }
        for (int k = 0; k < BINARY.length; k++) {
            if (BINARY[k].equals(suffix)) {
                return value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(10 * (k + 1))));
            }
        }
        if (suffix.startsWith("e") || suffix.startsWith("E")) {
            String exponent = suffix.substring(1);
            if (exponent.matches("[+-]?[0-9]{1,9}")) {
                return value.scaleByPowerOfTen(Integer.parseInt(exponent));
            }
        }
        throw new IllegalArgumentException("\"" + suffix + "\" in \"" + text + "\" is not a quantity suffix (Ki Mi Gi Ti Pi Ei,"
                + " n u m k M G T P E, or e and an exponent)");
    }

    /**
     * {@code MilliValue()}: {@code ceil(q × 1000)}, as every quantity the HPA controller compares
     * is taken.
     *
     * @throws IllegalArgumentException if malformed, or beyond what a long of milli-units holds
     */
    public static long milliValue(String text) {
        BigDecimal milli = parse(text).multiply(THOUSAND).setScale(0, RoundingMode.CEILING);
        if (milli.toBigInteger().bitLength() > 63) {
            throw new IllegalArgumentException("\"" + text + "\" is too large (at most about 9.2 × 10¹⁵ units)");
        }
        return milli.longValueExact();
    }

    /**
     * {@code AsApproximateFloat64()}: the unscaled digits times {@code math.Pow10(exponent)},
     * in double arithmetic — which is how the controller reads a behavior's tolerance, and not
     * always the double nearest the decimal ({@code "0.3"} gives 0.30000000000000004).
     */
    public static double approximateFloat(String text) {
        BigDecimal value = parse(text);
        double base = value.unscaledValue().doubleValue();
        int exponent = -value.scale();
        return exponent == 0 ? base : base * pow10(exponent);
    }

    private static final double[] POW10 = new double[32];
    private static final double[] POW10_POS32 = {1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    private static final double[] POW10_NEG32 = {1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256,
        1e-288, 1e-320};

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
    }

    /** Go's {@code math.Pow10}, table for table. */
    static double pow10(int n) {
        if (n >= 0 && n <= 308) {
            return POW10_POS32[n / 32] * POW10[n % 32];
        }
        if (n < 0 && n >= -323) {
            return POW10_NEG32[-n / 32] / POW10[-n % 32];
        }
        return n > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
