package org.govexchange.certificate.matter;

import com.baomidou.mybatisplus.annotation.TableName;

/** A certificate type a matter requires, under the name the window clerk knows it by. */
@TableName("matter_material")
public class MatterMaterial {

    private String matterCode;
    private String typeCode;
    private String materialName;
    private Integer position;

    public String getMatterCode() {
        return matterCode;
    }

    public void setMatterCode(String matterCode) {
        this.matterCode = matterCode;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getMaterialName() {
        return materialName;
    }

    public void setMaterialName(String materialName) {
        this.materialName = materialName;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
