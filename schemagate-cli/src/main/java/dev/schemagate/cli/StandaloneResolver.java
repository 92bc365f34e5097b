package dev.schemagate.cli;

import dev.schemagate.core.Log;
import dev.schemagate.core.options.ArtifactResolver;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.eclipse.aether.version.Version;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Maven Resolver without Maven: what the plugin gets from the build (PostgreSQL binaries, {@code maven:} baselines)
 * the command line resolves itself, from Maven Central plus the mirrors, repositories, servers and proxies of
 * {@code ~/.m2/settings.xml}, into the same local repository Maven uses (so each artifact downloads once).
 */
final class StandaloneResolver implements ArtifactResolver {
    static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

    private final Path localRepository;
    private final MavenSettings settings;
    private final Log log;
    private RepositorySystem system;
    private DefaultRepositorySystemSession session;
    private List<RemoteRepository> remotes;

    StandaloneResolver(Path localRepository, MavenSettings settings, Log log) {
        this.localRepository = localRepository;
        this.settings = settings;
        this.log = log;
    }

    /** Settings from {@code ${user.home}/.m2/settings.xml}; local repository from -Dmaven.repo.local, the settings or ~/.m2. */
    static StandaloneResolver fromUserSettings(Map<String, String> env, Properties system, Log log) {
        Path m2 = Path.of(system.getProperty("user.home"), ".m2");
        MavenSettings settings = MavenSettings.read(m2.resolve("settings.xml"), env, system);
        String local = system.getProperty("maven.repo.local");
        if (local == null || local.isBlank()) {
            local = settings.localRepository();
        }
        return new StandaloneResolver(local == null || local.isBlank() ? m2.resolve("repository") : Path.of(local),
                settings, log);
    }

    @Override
    public Path resolve(String coordinates) throws Unresolved {
        start();
        try {
            return system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates), remotes, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new Unresolved(e.getMessage(), e);
        }
    }

    @Override
    public List<String> versions(String coordinates) throws Unresolved {
        start();
        try {
            return system.resolveVersionRange(session, new VersionRangeRequest(new DefaultArtifact(coordinates), remotes,
                    null)).getVersions().stream().map(Version::toString).toList();
        } catch (VersionRangeResolutionException e) {
            throw new Unresolved(e.getMessage(), e);
        }
    }

    @Override
    public String repositories() {
        start();
        List<String> names = new ArrayList<>();
        names.add("local " + localRepository + (settings.offline() ? " (offline: settings.xml <offline>)" : ""));
        for (RemoteRepository r : remotes) {
            names.add(r.getId() + " (" + r.getUrl() + ")" + (r.getMirroredRepositories().isEmpty() ? ""
                    : " mirroring " + r.getMirroredRepositories().stream().map(RemoteRepository::getId).toList()));
        }
        return String.join(", ", names);
    }

    /** The repository system is built on first use: most runs never resolve anything. */
    private synchronized void start() {
        if (system != null) {
            return;
        }
        system = new RepositorySystemSupplier().get();
        session = MavenRepositorySystemUtils.newSession();
        session.setSystemProperties(System.getProperties());
        session.setOffline(settings.offline());
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(localRepository.toFile())));
        session.setMirrorSelector(mirrors());
        session.setAuthenticationSelector(authentication());
        session.setProxySelector(proxies());
        session.setTransferListener(new AbstractTransferListener() {
            @Override
            public void transferInitiated(TransferEvent event) {
                if (event.getRequestType() == TransferEvent.RequestType.GET) {
                    log.info("Downloading from " + event.getResource().getRepositoryId() + ": "
                            + event.getResource().getRepositoryUrl() + event.getResource().getResourceName());
                }
            }
        });
        List<RemoteRepository> declared = new ArrayList<>();
        declared.add(new RemoteRepository.Builder("central", "default", CENTRAL_URL)
                .setSnapshotPolicy(new RepositoryPolicy(false, null, null)).build());
        for (MavenSettings.Repository r : settings.repositories()) {
            declared.add(new RemoteRepository.Builder(r.id(), "default", r.url())
                    .setReleasePolicy(new RepositoryPolicy(r.releases(), null, null))
                    .setSnapshotPolicy(new RepositoryPolicy(r.snapshots(), null, null)).build());
        }
        remotes = system.newResolutionRepositories(session, declared);
    }

    private DefaultMirrorSelector mirrors() {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (MavenSettings.Mirror m : settings.mirrors()) {
            selector.add(m.id(), m.url(), "default", false, m.blocked(), m.mirrorOf(), m.layouts());
        }
        return selector;
    }

    private DefaultAuthenticationSelector authentication() {
        DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
        for (MavenSettings.Server s : settings.servers()) {
            if (s.password() != null && s.password().startsWith("{") && s.password().endsWith("}")) {
                log.warn("settings.xml server " + s.id() + ": its password is encrypted (settings-security.xml), which"
                        + " the command line does not decrypt; use ${env.NAME} in settings.xml instead.");
            }
            if (s.username() != null || s.password() != null) {
                selector.add(s.id(), new AuthenticationBuilder().addUsername(s.username()).addPassword(s.password())
                        .build());
            }
        }
        return selector;
    }

    private DefaultProxySelector proxies() {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (MavenSettings.Proxy p : settings.proxies()) {
            selector.add(new org.eclipse.aether.repository.Proxy(p.protocol(), p.host(), p.port(),
                    new AuthenticationBuilder().addUsername(p.username()).addPassword(p.password()).build()),
                    p.nonProxyHosts());
        }
        return selector;
    }
}
