package org.govexchange.basicdb.conflict;

import java.time.LocalDateTime;

/**
 * One recorded disagreement between two sources on one field of one record (UTC times). The table is the
 * service's ({@code BasicTables.getConflicts()}); {@code recordKey} is its key column.
 */
public class FieldConflict {

    private Long id;
    private String recordKey;
    private String field;
    private String valueA;
    private String sourceA;
    private String deptA;
    private String valueB;
    private String sourceB;
    private String deptB;
    private String winner;
    private LocalDateTime detectedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public void setRecordKey(String recordKey) {
        this.recordKey = recordKey;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getValueA() {
        return valueA;
    }

    public void setValueA(String valueA) {
        this.valueA = valueA;
    }

    public String getSourceA() {
        return sourceA;
    }

    public void setSourceA(String sourceA) {
        this.sourceA = sourceA;
    }

    public String getDeptA() {
        return deptA;
    }

    public void setDeptA(String deptA) {
        this.deptA = deptA;
    }

    public String getValueB() {
        return valueB;
    }

    public void setValueB(String valueB) {
        this.valueB = valueB;
    }

    public String getSourceB() {
        return sourceB;
    }

    public void setSourceB(String sourceB) {
        this.sourceB = sourceB;
    }

    public String getDeptB() {
        return deptB;
    }

    public void setDeptB(String deptB) {
        this.deptB = deptB;
    }

    public String getWinner() {
        return winner;
    }

    public void setWinner(String winner) {
        this.winner = winner;
    }

    public LocalDateTime getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(LocalDateTime detectedAt) {
        this.detectedAt = detectedAt;
    }
}
