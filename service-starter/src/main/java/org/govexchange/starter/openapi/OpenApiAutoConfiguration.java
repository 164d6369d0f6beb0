package org.govexchange.starter.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * One place for what every service's OpenAPI document shares: info, the gateway as server, the OAuth2
 * client-credentials scheme, the Problem schema, and the per-operation rules of {@link ContractCustomizer}. A
 * service declares a {@link ServiceApi} bean; without one it gets a document titled by its name.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    static final String TOKEN_URL = "/oauth2/token";

    @Bean
    @ConditionalOnMissingBean
    ServiceApi serviceApi(@Value("${spring.application.name}") String name) {
        return ServiceApi.titled(name, "A GovExchange service.");
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI gxOpenApi(ServiceApi api, @Value("${gx.openapi.version:dev}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title(api.title())
                        .version(version)
                        .description(api.description() + "\n\n" + ContractText.CONVENTIONS)
                        .contact(new Contact()
                                .name("GovExchange 平台运营 Platform operations")
                                .email("platform@govexchange.org")
                                .url("https://govexchange.org")))
                .addServersItem(new Server()
                        .url("/")
                        .description("The GovExchange gateway (政务数据共享交换网关): every call goes through it."))
                .components(new Components()
                        .addSecuritySchemes(
                                ContractSchemas.OAUTH2,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("A department system's client credentials, exchanged at the"
                                                + " gateway's " + TOKEN_URL + " for a bearer token.")
                                        .flows(new OAuthFlows()
                                                .clientCredentials(new OAuthFlow()
                                                        .tokenUrl(TOKEN_URL)
                                                        .scopes(new Scopes())))));
    }

    @Bean
    OpenApiCustomizer gxContractCustomizer(ServiceApi api) {
        return new ContractCustomizer(api);
    }
}
