global using ClinicalContent.Model.Collections;
