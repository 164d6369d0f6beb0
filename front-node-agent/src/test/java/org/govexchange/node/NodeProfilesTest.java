package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class NodeProfilesTest {

    @Test
    void theLaunchersStoreDatabaseSelectsTheDemoDepartmentUnderTheLocalProfile() {
        StandardEnvironment environment =
                environment(Map.of("spring.profiles.active", "local", "gx.database", "gx_node_psb"));

        new NodeProfiles().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(NodeProfiles.PROPERTY)).isEqualTo("psb");
    }

    @Test
    void anExplicitProfileWinsAndNothingIsDerivedOutsideTheLocalProfile() {
        StandardEnvironment explicit = environment(
                Map.of("spring.profiles.active", "local", "gx.database", "gx_node_psb", "gx.node.profile", "hrss"));
        StandardEnvironment production = environment(Map.of("gx.database", "gx_node_psb"));
        StandardEnvironment unknown =
                environment(Map.of("spring.profiles.active", "local", "gx.database", "gx_node_x"));

        new NodeProfiles().postProcessEnvironment(explicit, new SpringApplication());
        new NodeProfiles().postProcessEnvironment(production, new SpringApplication());
        new NodeProfiles().postProcessEnvironment(unknown, new SpringApplication());

        assertThat(explicit.getProperty(NodeProfiles.PROPERTY)).isEqualTo("hrss");
        assertThat(production.getProperty(NodeProfiles.PROPERTY)).isNull();
        assertThat(unknown.getProperty(NodeProfiles.PROPERTY)).isNull();
    }

    @Test
    void theLaunchersArgumentsLoadTheDepartmentFileUnderTheLocalProfile() {
        assertThat(preparedEnvironment("--spring.profiles.active=local", "--gx.database=gx_node_hrss")
                        .getProperty("gx.node.node-id"))
                .isEqualTo("node-hrss");
        assertThat(preparedEnvironment(
                                "--spring.profiles.active=local", "--gx.database=gx_node_x", "--gx.node.profile=psb")
                        .getProperty("gx.node.publish[0].table"))
                .isEqualTo("resident");
        assertThat(preparedEnvironment("--gx.database=gx_node_psb").getProperty("gx.node.node-id"))
                .isNull();
    }

    /** The environment exactly as the application would start with these arguments; it is stopped right there. */
    static ConfigurableEnvironment preparedEnvironment(String... args) {
        var application = new SpringApplication(NodeAgentApplication.class);
        var captured = new AtomicReference<ConfigurableEnvironment>();
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            captured.set(event.getEnvironment());
            throw new PreparedOnly();
        });
        assertThatThrownBy(() -> application.run(args)).isInstanceOf(PreparedOnly.class);
        return captured.get();
    }

    static final class PreparedOnly extends RuntimeException {}

    @ParameterizedTest
    @ValueSource(strings = {"node-psb.yml", "node-hrss.yml", "node-amr.yml"})
    void theDemoDepartmentFilesAreValidConfigurations(String file) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load(file, new ClassPathResource(file))
                .forEach(environment.getPropertySources()::addFirst);
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);

        NodeProperties node =
                Binder.get(environment).bind("gx.node", NodeProperties.class).get();

        assertThat(NodeConfigValidation.problems(node)).isEmpty();
        assertThat(node.publish().size() + node.subscribe().size()).isEqualTo(1);
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
