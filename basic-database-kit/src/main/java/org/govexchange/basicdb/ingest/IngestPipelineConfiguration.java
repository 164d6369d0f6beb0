package org.govexchange.basicdb.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;
import org.govexchange.basicdb.schema.BasicTables;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingestion pipeline's beans, the same for every basic database: {@code gx.<database>.ingest}, metrics, the
 * quarantine audit, the consumer and its container. A service's {@code @Configuration} extends this and declares
 * what differs: its {@link RecordTranslator} (its record rules) and its {@link ReconcilingIngest} (its table,
 * built with {@link #ingest}).
 */
public abstract class IngestPipelineConfiguration<R extends SourcedRow, F extends Enum<F> & RecordField<R>> {

    private final String database;
    private final FieldSet<F> fields;
    private final BasicTables tables;

    /**
     * @param database names the database in properties, threads and logs, e.g. {@code population}
     *     ({@code gx.population.ingest}, consumer group {@code population-db-service})
     */
    protected IngestPipelineConfiguration(String database, FieldSet<F> fields, BasicTables tables) {
        this.database = database;
        this.fields = fields;
        this.tables = tables;
    }

    /** {@code gx.<database>.ingest}; see {@link IngestProperties}. */
    @Bean
    public IngestProperties ingestProperties(Environment environment) {
        return IngestProperties.bind(
                Binder.get(environment), "gx." + database + ".ingest", database + "-db-service", fields);
    }

    /** The reconciling ingest of the database's fields and bookkeeping tables into {@code table}. */
    protected ReconcilingIngest<R, F> ingest(
            RecordTable<R, F> table, JdbcTemplate jdbc, ConflictService conflicts, IngestProperties properties) {
        return new ReconcilingIngest<>(table, fields, new IngestStore(jdbc, tables), conflicts, properties);
    }

    @Bean
    public IngestMetrics ingestMetrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Bean
    public QuarantineAudit quarantineAudit(
            KafkaTemplate<String, String> kafka, JsonMapper json, MeterRegistry registry) {
        return new QuarantineAudit(kafka, json, registry, database + "-quarantine-audit");
    }

    @Bean
    public ResourceRecordConsumer<R, F> resourceRecordConsumer(
            RecordTranslator<F> translator,
            ReconcilingIngest<R, F> ingest,
            IngestMetrics metrics,
            QuarantineAudit audit,
            PlatformTransactionManager transactions) {
        return new ResourceRecordConsumer<>(translator, ingest, metrics, audit, new TransactionTemplate(transactions));
    }

    @Bean
    public IngestContainer ingestContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            IngestProperties properties,
            ResourceRecordConsumer<R, F> consumer) {
        return new IngestContainer(database, factory, properties, consumer);
    }
}
