package dev.fleetcast.live.device;

/**
 * Gives a device its TLS material. Implementations may issue on first use and cache; they must be
 * safe to call from several threads.
 */
@FunctionalInterface
public interface CredentialSource {

    /**
     * The credentials of the device named {@code device}; its certificate's CN is that name.
     *
     * @throws CredentialException when the material cannot be read or issued
     */
    DeviceCredentials forDevice(String device);

    /** Why a device has no credentials: a message that names the device and the file or cause. */
    final class CredentialException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CredentialException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
