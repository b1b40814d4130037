package org.reportdesk.library;

import java.util.List;

/**
 * The topics of an education bureau's report, in the order a report usually takes them. Built-in
 * templates use exactly these names; users may add their own topics to their own templates.
 */
public final class Topics {

    public static final String GENERAL = "综合";

    public static final List<String> BUILTIN = List.of(
            "党的建设",
            "党风廉政",
            "教育综合改革",
            "学前教育",
            "义务教育",
            "双减与课后服务",
            "普通高中",
            "职业教育",
            "民办教育与校外培训治理",
            "教师队伍",
            "德育与五育并举",
            "教研与教学质量",
            "教育信息化",
            "基础设施与项目建设",
            "学生资助与教育帮扶",
            "校园安全",
            "依法治教",
            "教育督导",
            "宣传与信息",
            "招生考试",
            "经费保障",
            "特殊教育",
            GENERAL);

    private Topics() {
    }
}
