package org.govexchange.node;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * Picks the demo department of the local stack. application-local.yml imports {@code node-<gx.node.profile>.yml};
 * when {@code gx.node.profile} is not given, a store database named {@code gx_node_<name>} (the launcher's
 * {@code --gx.database=gx_node_psb}) selects {@code node-<name>.yml} if the jar has one. Only under the
 * {@code local} profile: elsewhere a department's own configuration is never mixed with a demo file.
 */
public class NodeProfiles implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "gx.node.profile";

    private static final Pattern STORE_DATABASE = Pattern.compile("gx_node_([a-z0-9]+)");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY) || !localProfileRequested(environment)) {
            return;
        }
        String database = environment.getProperty("gx.database");
        if (database == null) {
            return;
        }
        Matcher matcher = STORE_DATABASE.matcher(database);
        if (matcher.matches() && new ClassPathResource("node-" + matcher.group(1) + ".yml").exists()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("gxNodeProfile", Map.of(PROPERTY, matcher.group(1))));
        }
    }

    private static boolean localProfileRequested(ConfigurableEnvironment environment) {
        String requested = environment.getProperty("spring.profiles.active", "");
        return Arrays.asList(environment.getActiveProfiles()).contains("local")
                || StringUtils.commaDelimitedListToSet(requested.replace(" ", ""))
                        .contains("local");
    }

    /** Before the config data files are read, so the import placeholder sees the derived value. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
